namespace Hub.Plugins.CallCenter;

/// <summary>
/// The bytes of a file from where reading resumes to the end of its last complete line, so the CSV reader never sees a
/// line Asterisk is still writing; counts the line breaks it passes on, which numbers the lines of the next read.
/// </summary>
internal sealed class LineRangeStream(Stream inner, long length) : Stream
{
    private long _remaining = length;

    /// <summary>Line breaks read so far; all of them in the range once the reader has reached its end.</summary>
    public long LineBreaks { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(Span<byte> buffer)
    {
        if (_remaining == 0 || buffer.IsEmpty) return 0;
        var window = buffer[..(int)Math.Min(buffer.Length, _remaining)];
        return Counted(window[..inner.Read(window)]);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_remaining == 0 || buffer.IsEmpty) return 0;
        var window = buffer[..(int)Math.Min(buffer.Length, _remaining)];
        var read = await inner.ReadAsync(window, cancellationToken).ConfigureAwait(false);
        return Counted(window.Span[..read]);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }

    private int Counted(ReadOnlySpan<byte> read)
    {
        // The range ended at a line break when the file was looked at; ending earlier means it was cut meanwhile.
        if (read.IsEmpty) throw new IOException("a CDR file got shorter while it was read (rotated or truncated); the next sync reads it from its start");
        _remaining -= read.Length;
        LineBreaks += read.Count((byte)'\n');
        return read.Length;
    }
}
