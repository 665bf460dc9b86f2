using CsvHelper;
using Hub.SampleData;

namespace Hub.Benchmarks.Scenarios;

/// <summary>
/// The sample's customer rows as the floors insert them: parsed into strings (empty fields as null), in chunks of one
/// transaction each, file by file with the file's source. Parsing happens as the caller asks for the next chunk, so a
/// floor that times only its writes leaves it out.
/// </summary>
internal static class FloorRows
{
    /// <summary>The sample's customer columns after the source: source_id, full_name, ... kind.</summary>
    public const int Columns = 14;

    /// <summary>The column names of a floor table, in the order of a row's values (the source first).</summary>
    public const string ColumnList =
        "source, source_id, full_name, given_name, family_name, email, phone, street, city, postcode, country, birth_date, company, external_id, kind";

    public static IEnumerable<(string Source, List<string?[]> Chunk)> Chunks(IReadOnlyList<SampleFile> files, int rowsPerChunk)
    {
        var chunk = new List<string?[]>(rowsPerChunk);
        foreach (var file in files)
        {
            using var reader = CsvReader.FromFile(file.Path, new CsvReaderOptions { Separator = ',', TrimWhitespace = true, PoolStrings = true });
            reader.ReadHeader();
            var more = true;
            while (more)
            {
                chunk.Clear();
                while (chunk.Count < rowsPerChunk && (more = reader.Read())) chunk.Add(Parse(reader));
                if (chunk.Count == 0) break;
                yield return (file.Source, chunk);
            }
        }
    }

    private static string?[] Parse(CsvReader reader)
    {
        var row = new string?[Columns];
        for (var i = 0; i < Columns; i++) row[i] = reader.IsEmpty(i) ? null : reader.GetString(i);
        return row;
    }
}
