namespace Hub.Plugins.Files;

/// <summary>What the rows of a file are, as the <c>stream</c> setting names it.</summary>
internal enum RecordStream
{
    /// <summary>Orders when the mapped header has <c>order_id</c>, else customers; decided per file.</summary>
    Auto,
    Customers,
    Orders,
}
