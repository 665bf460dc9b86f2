using System.Text;

namespace Hub.Linkage.Tests;

/// <summary>Writes a small CSV file whole, quoting only the fields that need it (commas, quotes, line breaks).</summary>
internal static class CsvWriter
{
    public static void Write(string path, IEnumerable<string> header, IEnumerable<IEnumerable<string>> rows)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', header.Select(Quote)).Append('\n');
        foreach (var row in rows) text.AppendJoin(',', row.Select(Quote)).Append('\n');
        File.WriteAllText(path, text.ToString());
    }

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
