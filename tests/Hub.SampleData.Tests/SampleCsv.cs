using CsvHelper;

namespace Hub.SampleData.Tests;

/// <summary>Reads a written sample file back as the hub would: one dictionary per row, keyed by column.</summary>
internal static class SampleCsv
{
    public static List<Dictionary<string, string>> Read(string path)
    {
        using var reader = CsvReader.FromFile(path);
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < reader.FieldCount; i++) row[reader.Headers[i]] = reader.GetString(i);
            rows.Add(row);
        }
        return rows;
    }
}
