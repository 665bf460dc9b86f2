using System.Globalization;
using CsvHelper;

namespace Hub.Benchmarks.Scenarios;

/// <summary>
/// The generator's truth (<c>truth.csv</c>: <c>source,source_id,person</c>, one row per customer row, in that column
/// order): which real person is behind every record, keyed as the store keys records.
/// </summary>
internal static class TruthFile
{
    public static Dictionary<(string Source, string SourceId), int> Read(string path)
    {
        var truth = new Dictionary<(string Source, string SourceId), int>();
        // Trimmed as the files connector trims, so the keys are the ones the store holds.
        using var reader = CsvReader.FromFile(path, new CsvReaderOptions { Separator = ',', TrimWhitespace = true, PoolStrings = true });
        reader.ReadHeader();
        while (reader.Read())
        {
            var key = (reader.GetString(0), reader.GetString(1));
            var person = int.Parse(reader.GetString(2), NumberStyles.None, CultureInfo.InvariantCulture);
            if (!truth.TryAdd(key, person)) throw new InvalidDataException($"{path} names {key.Item1}/{key.Item2} twice");
        }

        return truth;
    }
}
