using System.Text;
using CsvHelper;

namespace Hub.Plugins.CallCenter;

/// <summary>The complete lines of one CDR file from where its last read stopped, with their positions in the file.</summary>
internal sealed class CdrRange : IDisposable
{
    private readonly LineRangeStream _stream;
    private readonly CsvReader _reader;
    private readonly long _offset;
    private readonly long _line;
    private readonly Dictionary<long, CsvMalformedReason> _malformed = [];
    private string? _quotingProblem;

    private CdrRange(FileProbe probe, CdrFileState resume)
    {
        _offset = resume.Offset;
        _line = resume.Line;
        var file = FileProbe.Open(probe.File.FullPath);
        file.Position = resume.Offset;
        _stream = new LineRangeStream(file, probe.CompleteEnd - resume.Offset);
        _reader = CsvReader.Create(_stream, CdrFields.Options(m => _malformed[m.RecordNumber] = m.Reason), leaveOpen: false);
    }

    /// <summary>Opens the lines of <paramref name="probe"/> after the state <paramref name="resume"/> left it at.</summary>
    public static CdrRange Open(FileProbe probe, CdrFileState resume) => new(probe, resume);

    /// <summary>The byte offset in the file where the current line starts.</summary>
    public long LineOffset => _offset + _reader.ByteOffset;

    /// <summary>The current line's number in the file, the first line being 1.</summary>
    public long LineNumber => _line + _reader.LineNumber;

    /// <summary>The lines of the file up to the end of the range, once every line has been read.</summary>
    public long LinesAtEnd => _line + _stream.LineBreaks;

    public string RawText => Encoding.UTF8.GetString(_reader.RawRecord);

    public async ValueTask<bool> ReadAsync(CancellationToken cancellationToken)
    {
        if (!await _reader.ReadAsync(cancellationToken).ConfigureAwait(false)) return false;
        // The reader reports a malformed record before it returns it, numbered as RowNumber numbers records.
        _quotingProblem = _malformed.Count > 0 && _malformed.Remove(_reader.RowNumber, out var reason) ? CdrFields.Describe(reason) : null;
        return true;
    }

    /// <summary>Copies the current line's fields by column into <paramref name="values"/>; says why when it is no CDR.</summary>
    public string? Fill(string[] values) => _quotingProblem ?? CdrFields.Fill(_reader, values);

    public void Dispose() => _reader.Dispose();
}
