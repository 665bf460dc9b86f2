namespace Hub.Linkage.Tests;

/// <summary>The generated hard cases: who the people are, and every record each source holds about them.</summary>
internal sealed class HardCaseSet(IReadOnlyList<HardCasePerson> persons, IReadOnlyList<HardCaseRow> rows)
{
    public IReadOnlyList<HardCasePerson> Persons { get; } = persons;

    public IReadOnlyList<HardCaseRow> Rows { get; } = rows;

    /// <summary>
    /// Writes one canonical customer file per source and <c>truth.csv</c> (<c>source,source_id,person</c>) into
    /// <paramref name="folder"/>; returns the customer files by source.
    /// </summary>
    public IReadOnlyDictionary<string, string> WriteCsv(string folder)
    {
        Directory.CreateDirectory(folder);
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var source in HardCaseSources.All)
        {
            var path = Path.Combine(folder, source + ".csv");
            CsvWriter.Write(path, HardCaseRow.Columns, Rows.Where(r => r.Source == source).Select(r => r.Values()));
            files.Add(source, path);
        }

        CsvWriter.Write(TruthPath(folder), ["source", "source_id", "person"], Rows.Select(r => new[] { r.Source, r.SourceId, r.Person.Id }));
        return files;
    }

    public static string TruthPath(string folder) => Path.Combine(folder, "truth.csv");

    /// <summary>The truth as written, read back with the test's own CSV reader.</summary>
    public static Dictionary<RecordKey, string> ReadTruth(string folder)
    {
        var table = CsvTable.Read(TruthPath(folder));
        int source = table.Column("source"), sourceId = table.Column("source_id"), person = table.Column("person");
        return table.Rows.ToDictionary(row => new RecordKey(row[source], row[sourceId]), row => row[person]);
    }
}
