using System.Text;

namespace Hub.Linkage.Tests;

/// <summary>
/// A small CSV file read whole: header and rows, every field trimmed. The tests read the truth and the hub's export
/// with it independently of the hub's own CSV code, so a reading bug there cannot hide itself.
/// </summary>
internal sealed class CsvTable
{
    private CsvTable(string path, string[] header, List<string[]> rows)
    {
        Path = path;
        Header = header;
        Rows = rows;
    }

    public string Path { get; }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<string[]> Rows { get; }

    /// <summary>Reads a comma-separated file with a header row; quoted fields may hold commas, quotes and line breaks.</summary>
    public static CsvTable Read(string path)
    {
        var records = Parse(File.ReadAllText(path));
        if (records.Count == 0) throw new InvalidDataException($"{path} is empty; a header row was expected");
        var header = records[0];
        var rows = records.Skip(1).ToList();
        var ragged = rows.FindIndex(r => r.Length != header.Length);
        if (ragged >= 0)
            throw new InvalidDataException($"{path} row {ragged + 2} has {rows[ragged].Length} fields but the header has {header.Length}");
        return new CsvTable(path, header, rows);
    }

    /// <summary>The index of a column (Febrl headers carry a leading space, hence the trimming on read).</summary>
    public int Column(string name)
    {
        var index = Header.ToList().FindIndex(h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));
        return index >= 0 ? index
            : throw new InvalidDataException($"{Path} has no column '{name}'; its columns are: {string.Join(", ", Header)}");
    }

    /// <summary>Writes the table without the named columns, e.g. to keep a truth label out of what the hub sees.</summary>
    public void WriteWithout(string path, params string[] dropped)
    {
        var kept = Enumerable.Range(0, Header.Count).Where(i => !dropped.Contains(Header[i], StringComparer.OrdinalIgnoreCase)).ToArray();
        CsvWriter.Write(path, kept.Select(i => Header[i]), Rows.Select(row => kept.Select(i => row[i])));
    }

    // A character-level reader: LF, CRLF and CR all end a row (one Febrl file has CRLF, the others LF).
    private static List<string[]> Parse(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"') field.Append(text[++i]);
                else quoted = false;
            }
            else if (c == '"') quoted = true;
            else if (c == ',') EndField();
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                EndRow();
            }
            else field.Append(c);
        }

        if (field.Length > 0 || fields.Count > 0) EndRow();
        return records;

        void EndField()
        {
            fields.Add(field.ToString().Trim());
            field.Clear();
        }

        void EndRow()
        {
            EndField();
            // A blank line (such as the end of the last row) is no record.
            if (fields.Count > 1 || fields[0].Length > 0) records.Add([.. fields]);
            fields.Clear();
        }
    }
}
