namespace Hub.SampleData;

/// <summary>What <see cref="SampleDataGenerator.WriteCsv"/> wrote.</summary>
/// <param name="Folder">Full path of the folder.</param>
/// <param name="Files">Customer files of every source, then the shop's orders.</param>
/// <param name="TruthPath">Full path of <c>truth.csv</c> (<c>source,source_id,person</c>, one row per customer row).</param>
/// <param name="People">Real customers behind the rows.</param>
/// <param name="DirtyRows">Rows that are broken on purpose; they are in the files and customer ones in the truth.</param>
public sealed record SampleFiles(
    string Folder,
    IReadOnlyList<SampleFile> Files,
    string TruthPath,
    int People,
    IReadOnlyList<SampleDirtyRow> DirtyRows)
{
    /// <summary>The customer file of one source.</summary>
    public SampleFile Customers(string source) => Find(source, SampleSources.CustomersStream);

    /// <summary>The shop's orders.</summary>
    public SampleFile Orders => Find(SampleSources.Shop, SampleSources.OrdersStream);

    /// <summary>Customer rows over every source (equals the data rows of the truth file).</summary>
    public int CustomerRows => Files.Where(f => f.Stream == SampleSources.CustomersStream).Sum(f => f.Rows);

    private SampleFile Find(string source, string stream) =>
        Files.FirstOrDefault(f => f.Source == source && f.Stream == stream)
        ?? throw new ArgumentException($"no {stream} file was written for source '{source}'", nameof(source));
}
