namespace Hub.Storage.Common;

/// <summary>
/// One row of a <c>customer_records</c> read, as each engine's fastest reader gives it: SQLite's raw statement, PostgreSQL's
/// data reader. <see cref="StoredCustomerRecords.Read"/> rebuilds the record from it.
/// </summary>
internal interface ICustomerRecordRow
{
    long Int64(int column);

    long? Int64OrNull(int column);

    string? Text(int column);

    /// <summary>A JSON text column (attributes, warnings) as UTF-8, which the JSON readers take without a string in between.</summary>
    ReadOnlySpan<byte> Utf8(int column);
}
