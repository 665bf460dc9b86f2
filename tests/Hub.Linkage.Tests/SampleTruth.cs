using Hub.SampleData;

namespace Hub.Linkage.Tests;

/// <summary>The generator's <c>truth.csv</c> (<c>source,source_id,person</c>): which real customer each row belongs to.</summary>
internal static class SampleTruth
{
    public static Dictionary<RecordKey, string> Read(SampleFiles files)
    {
        var table = CsvTable.Read(files.TruthPath);
        int source = table.Column("source"), sourceId = table.Column("source_id"), person = table.Column("person");
        return table.Rows.ToDictionary(row => new RecordKey(row[source], row[sourceId]), row => row[person]);
    }
}
