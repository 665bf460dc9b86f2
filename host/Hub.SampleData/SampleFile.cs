namespace Hub.SampleData;

/// <summary>One written CSV file.</summary>
/// <param name="Source">The source name to import it under.</param>
/// <param name="Stream"><c>customers</c> or <c>orders</c>.</param>
/// <param name="Path">Full path of the file.</param>
/// <param name="Rows">Data rows, header excluded.</param>
public sealed record SampleFile(string Source, string Stream, string Path, int Rows);
