namespace Hub.Benchmarks.Scenarios;

/// <summary>How a floor puts the rows in.</summary>
/// <param name="UniqueKey">Whether the table has the (source, source_id) unique key that the store's upsert relies on.</param>
/// <param name="RowsPerTransaction">Rows committed together.</param>
/// <param name="Pragmas">Pragmas on top of WAL and synchronous=NORMAL.</param>
internal sealed record FloorSetup(bool UniqueKey, int RowsPerTransaction, string Pragmas)
{
    /// <summary>The floor issue 3 asks for: a bare table, 5,000 rows per transaction, WAL and synchronous=NORMAL.</summary>
    public static FloorSetup Bare { get; } = new(UniqueKey: false, RowsPerTransaction: 5000, Pragmas: "");

    /// <summary>
    /// What SQLite alone costs for an import as the store makes it: the unique key, the files connector's default batch
    /// (20,000 rows) per transaction, and the pragmas the store sets on its batch connections. Both are copied from the
    /// plugin and the store, which keep them private; change them here when they change there.
    /// </summary>
    public static FloorSetup Keyed { get; } = new(UniqueKey: true, RowsPerTransaction: 20_000, Pragmas: "PRAGMA cache_size = -65536; PRAGMA wal_autocheckpoint = 10000;");
}
