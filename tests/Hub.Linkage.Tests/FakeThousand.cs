namespace Hub.Linkage.Tests;

/// <summary>
/// Splink's <c>fake_1000.csv</c>: 1,000 person rows of 251 entities (column <c>cluster</c>), with typos, swapped
/// names and missing or changed e-mails.
/// </summary>
internal sealed class FakeThousand
{
    public const string Source = "fake1000";

    /// <summary>Columns to canonical fields; city and email already carry canonical names.</summary>
    public const string Map = "unique_id=source_id,first_name=given_name,surname=family_name,dob=birth_date";

    private const string TruthColumn = "cluster";

    private readonly CsvTable _table;

    public FakeThousand(string path) => _table = CsvTable.Read(path);

    /// <summary>The entity of each record.</summary>
    public Dictionary<RecordKey, string> Truth()
    {
        var cluster = _table.Column(TruthColumn);
        return ByRecord(row => row[cluster]);
    }

    /// <summary>
    /// The baseline any engine must beat: records with the same non-empty e-mail (case-insensitive) are one
    /// customer, every other record is alone.
    /// </summary>
    public Dictionary<RecordKey, string> ExactEmailClusters()
    {
        var email = _table.Column("email");
        var id = _table.Column("unique_id");
        return ByRecord(row => row[email].Length > 0 ? "email:" + row[email].ToLowerInvariant() : "alone:" + row[id]);
    }

    /// <summary>
    /// Writes the file as the hub should see it: without the truth column, which would otherwise be imported as an
    /// attribute and put the answer within the engine's reach.
    /// </summary>
    public string WriteImportCopy(string folder)
    {
        var path = Path.Combine(folder, "fake_1000-without-cluster.csv");
        _table.WriteWithout(path, TruthColumn);
        return path;
    }

    private Dictionary<RecordKey, string> ByRecord(Func<string[], string> label)
    {
        var id = _table.Column("unique_id");
        return _table.Rows.ToDictionary(row => new RecordKey(Source, row[id]), label);
    }
}
