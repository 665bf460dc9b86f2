using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace Hub.Storage.Postgres;

/// <summary>
/// Encodes staged rows in PostgreSQL's binary COPY format into one pooled buffer, so a batch is encoded on the thread
/// that reads ahead and sent whole by <c>COPY ... FROM STDIN (FORMAT BINARY)</c> while that thread reads on. The format:
/// a signature, flags and header extension length; per row the field count, then per field its length (-1 for NULL) and
/// its bytes, integers in network byte order; a field count of -1 at the end.
/// </summary>
internal sealed class StageRow : IDisposable
{
    private const int InitialSize = 64 * 1024;

    private static readonly byte[] Header = [(byte)'P', (byte)'G', (byte)'C', (byte)'O', (byte)'P', (byte)'Y', (byte)'\n', 0xFF, (byte)'\r', (byte)'\n', 0, 0, 0, 0, 0, 0, 0, 0, 0];

    private byte[]? _buffer = ArrayPool<byte>.Shared.Rent(InitialSize);
    private int _length;
    private bool _completed;

    public StageRow()
    {
        Header.CopyTo(Space(Header.Length));
        _length = Header.Length;
    }

    /// <summary>The encoded rows, header and end marker included; valid once <see cref="Complete"/> ran, until disposal.</summary>
    public ReadOnlyMemory<byte> Payload => _completed
        ? (_buffer ?? throw new ObjectDisposedException(nameof(StageRow))).AsMemory(0, _length)
        : throw new InvalidOperationException("the COPY payload is read before its end marker is written");

    public void Start(int fields) => Int16((short)fields);

    public void Text(string? value)
    {
        if (value is null)
        {
            Null();
            return;
        }

        var bytes = Space(4 + Encoding.UTF8.GetMaxByteCount(value.Length));
        var written = Encoding.UTF8.GetBytes(value, bytes[4..]);
        BinaryPrimitives.WriteInt32BigEndian(bytes, written);
        _length += 4 + written;
    }

    public void Int64(long? value)
    {
        if (value is not { } v)
        {
            Null();
            return;
        }

        var bytes = Space(12);
        BinaryPrimitives.WriteInt32BigEndian(bytes, 8);
        BinaryPrimitives.WriteInt64BigEndian(bytes[4..], v);
        _length += 12;
    }

    public void Int32(int value)
    {
        var bytes = Space(8);
        BinaryPrimitives.WriteInt32BigEndian(bytes, 4);
        BinaryPrimitives.WriteInt32BigEndian(bytes[4..], value);
        _length += 8;
    }

    public void Flag(bool value)
    {
        var bytes = Space(5);
        BinaryPrimitives.WriteInt32BigEndian(bytes, 1);
        bytes[4] = value ? (byte)1 : (byte)0;
        _length += 5;
    }

    /// <summary>
    /// A decimal as its invariant text, for a staging column of type text that the upsert casts to numeric (see
    /// <see cref="StageColumn"/>): PostgreSQL's binary numeric is base-10000 digit groups, and its text form is exact too.
    /// </summary>
    public void Number(decimal? value) => Text(IsoText.Decimal(value));

    /// <summary>Writes the end marker; nothing may be added after it.</summary>
    public void Complete()
    {
        Int16(-1);
        _completed = true;
    }

    public void Dispose()
    {
        if (_buffer is null) return;
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = null;
    }

    private void Null()
    {
        BinaryPrimitives.WriteInt32BigEndian(Space(4), -1);
        _length += 4;
    }

    private void Int16(short value)
    {
        BinaryPrimitives.WriteInt16BigEndian(Space(2), value);
        _length += 2;
    }

    // Room for at least size more bytes at the end, growing the buffer by doubling.
    private Span<byte> Space(int size)
    {
        var buffer = _buffer ?? throw new ObjectDisposedException(nameof(StageRow));
        if (_completed) throw new InvalidOperationException("a row is added after the COPY payload's end marker");
        if (buffer.Length - _length < size)
        {
            var grown = ArrayPool<byte>.Shared.Rent(Math.Max(buffer.Length * 2, _length + size));
            buffer.AsSpan(0, _length).CopyTo(grown);
            ArrayPool<byte>.Shared.Return(buffer);
            _buffer = buffer = grown;
        }

        return buffer.AsSpan(_length);
    }
}
