namespace Hub.Linkage.Tests;

/// <summary>
/// The true entities of a Febrl file: the N in its record ids <c>rec-N-org</c> and <c>rec-N-dup-k</c>. In dataset 4
/// the same N in file a and file b is one person, so the entity is not qualified by the file.
/// </summary>
internal static class FebrlTruth
{
    /// <summary>The column map that turns Febrl's columns into the hub's canonical fields; the rest become attributes.</summary>
    public const string Map = "rec_id=source_id,surname=family_name,address_1=street,suburb=city,date_of_birth=birth_date,soc_sec_id=external_id";

    /// <summary>Adds each record of <paramref name="path"/>, keyed as imported under <paramref name="source"/>, with its entity.</summary>
    public static void AddTo(Dictionary<RecordKey, string> truth, string path, string source)
    {
        var table = CsvTable.Read(path);
        var id = table.Column("rec_id");
        foreach (var row in table.Rows) truth.Add(new RecordKey(source, row[id]), EntityOf(row[id], path));
    }

    private static string EntityOf(string recordId, string path)
    {
        var parts = recordId.Split('-');
        var wellFormed = parts is ["rec", _, "org"] or ["rec", _, "dup", _] && parts[1].Length > 0 && parts[1].All(char.IsAsciiDigit);
        return wellFormed ? parts[1] : throw new InvalidDataException($"{path}: record id '{recordId}' is not rec-N-org or rec-N-dup-k");
    }
}
