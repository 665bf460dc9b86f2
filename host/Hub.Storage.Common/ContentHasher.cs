using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Hub.Storage.Common;

/// <summary>
/// Hashes a record's stored content to tell "read again, nothing new" from a real change with one integer comparison
/// in SQL. Fields are written length-prefixed (so "ab"+"c" differs from "a"+"bc") into a buffer reused for the whole
/// batch, then hashed with XXH3 (64-bit, stable across processes and versions unlike <see cref="HashCode"/>).
/// SHA-256 went through OpenSSL per call and cost a tenth of the whole ingest; a change-detection hash needs no
/// cryptographic strength. Not thread-safe.
/// </summary>
public sealed class ContentHasher
{
    private byte[] _buffer = new byte[1024];
    private int _length;

    public ContentHasher Start(string stream)
    {
        _length = 0;
        return Add(stream);
    }

    public ContentHasher Add(string? value)
    {
        if (value is null)
        {
            Ensure(1);
            _buffer[_length++] = 0;
            return this;
        }
        var bytes = MemoryMarshal.AsBytes(value.AsSpan());
        Ensure(5 + bytes.Length);
        _buffer[_length++] = 1;
        BinaryPrimitives.WriteInt32LittleEndian(_buffer.AsSpan(_length), value.Length);
        _length += 4;
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
        return this;
    }

    public ContentHasher Add(long value)
    {
        Ensure(9);
        _buffer[_length++] = 2;
        BinaryPrimitives.WriteInt64LittleEndian(_buffer.AsSpan(_length), value);
        _length += 8;
        return this;
    }

    public ContentHasher Add(long? value) => value is { } v ? Add(v) : Add((string?)null);

    public ContentHasher Add(bool value) => Add(value ? 1L : 0L);

    public long Finish() => unchecked((long)XxHash3.HashToUInt64(_buffer.AsSpan(0, _length)));

    private void Ensure(int extra)
    {
        if (_length + extra <= _buffer.Length) return;
        System.Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + extra));
    }
}
