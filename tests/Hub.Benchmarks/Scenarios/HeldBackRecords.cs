using Hub.SampleData;

namespace Hub.Benchmarks.Scenarios;

/// <summary>
/// Splits the sample's customer files so that some records arrive after the first resolution: the last rows of every
/// file, in proportion to its size, go to a file of their own. Many of them belong to customers whose other records are
/// already resolved, as new records in a running hub do.
/// </summary>
internal static class HeldBackRecords
{
    public static (IReadOnlyList<SampleFile> Base, IReadOnlyList<SampleFile> Later) Split(IReadOnlyList<SampleFile> files, int count, string folder)
    {
        Directory.CreateDirectory(folder);
        var total = files.Sum(f => (long)f.Rows);
        var first = new List<SampleFile>();
        var later = new List<SampleFile>();
        var left = count;
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            var held = i == files.Count - 1 ? left : (int)Math.Round((double)count * file.Rows / total);
            left -= held;
            // The generator writes one row per line: no field it writes holds a line break.
            var lines = File.ReadAllLines(file.Path);
            var header = lines[0];
            var keep = lines.Length - 1 - held;
            var basePath = Path.Combine(folder, Path.GetFileNameWithoutExtension(file.Path) + "-base.csv");
            var laterPath = Path.Combine(folder, Path.GetFileNameWithoutExtension(file.Path) + "-later.csv");
            File.WriteAllLines(basePath, lines.Take(1 + keep));
            File.WriteAllLines(laterPath, lines.Skip(1 + keep).Prepend(header));
            first.Add(file with { Path = basePath, Rows = keep });
            later.Add(file with { Path = laterPath, Rows = held });
        }

        return (first, later);
    }
}
