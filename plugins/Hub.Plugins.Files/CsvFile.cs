using System.Text;
using CsvHelper;

namespace Hub.Plugins.Files;

/// <summary>
/// One open CSV file: CsvHelper's reader set up for hand-made exports (comma separated, UTF-8 with or without BOM,
/// quoted line breaks), plus what the reader noticed about the current row.
/// </summary>
internal sealed class CsvFile : IDisposable
{
    private readonly CsvReader _reader;
    private readonly Dictionary<long, CsvMalformedReason> _malformed = [];

    private CsvFile(string path)
    {
        var options = new CsvReaderOptions
        {
            // A fixed separator: detection could read a one-column file with commas in its values as something else.
            Separator = ',',
            // Blank lines still count as rows, so row numbers match what a spreadsheet shows.
            SkipEmptyLines = false,
            // Spaces before a quote must not make the quote a stray one; values are trimmed by the row converter.
            TrimWhitespace = true,
            // Records are held until their batch is stored, so sharing repeated values (cities, countries) saves memory and GC work.
            PoolStrings = true,
            // Recovered rows are still returned (and so still counted); the callback flags them so they can be rejected.
            MalformedData = CsvMalformedDataHandling.Recover,
            OnMalformedRecord = m => _malformed[m.RecordNumber] = m.Reason,
        };
        _reader = CsvReader.FromFile(path, options);
    }

    public static CsvFile Open(string path) => new(path);

    public CsvReader Reader => _reader;

    /// <summary>The trimmed header names; empty for an empty file.</summary>
    public IReadOnlyList<string> Header => _reader.Headers;

    /// <summary>The current row as a spreadsheet numbers it: the header is row 1.</summary>
    public long Row => _reader.RowNumber + 1;

    /// <summary>Why the current row's quoting is broken, or null when it is not.</summary>
    public string? QuotingProblem { get; private set; }

    /// <summary>A row with no value at all (a blank line, or only separators): nothing to keep.</summary>
    public bool IsBlank
    {
        get
        {
            foreach (var b in _reader.RawRecord)
            {
                if (b is not ((byte)',' or (byte)' ' or (byte)'\t' or (byte)'\r')) return false;
            }

            return true;
        }
    }

    public string RawText => Encoding.UTF8.GetString(_reader.RawRecord);

    /// <summary>Reads the header (if the file has one) before the first row.</summary>
    public ValueTask ReadHeaderAsync(CancellationToken cancellationToken) => _reader.ReadHeaderAsync(cancellationToken);

    public async ValueTask<bool> ReadAsync(CancellationToken cancellationToken)
    {
        if (!await _reader.ReadAsync(cancellationToken).ConfigureAwait(false)) return false;
        // The reader numbers malformed records counting the header, as Row does.
        QuotingProblem = _malformed.Count > 0 && _malformed.Remove(Row, out var reason) ? Describe(reason) : null;
        return true;
    }

    public void Dispose() => _reader.Dispose();

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote =>
            "bad quoting: a quote inside an unquoted field; put the whole field in quotes and double the quote inside it (\"\")",
        CsvMalformedReason.TextAfterClosingQuote =>
            "bad quoting: text after the closing quote of a field; put the whole field in quotes and double any quote inside it (\"\")",
        CsvMalformedReason.UnterminatedQuote =>
            "bad quoting: a quoted field is never closed, so the rest of the file was read as one field; add the closing quote",
        _ => $"malformed row ({reason})",
    };
}
