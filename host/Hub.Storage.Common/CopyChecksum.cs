using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Hub.Storage.Common;

/// <summary>
/// A SHA-256 over a table's rows, in key order, as <c>hub copy</c> reads them from the source and then back from the target.
/// Each value is hashed by its meaning in its <see cref="CopyValueKind"/>, so equal data gives equal checksums whatever the
/// engine: a flag is the same whether SQLite's 1 or PostgreSQL's true, a real is its exact bits, a decimal its invariant text
/// (its scale counts: 10.50 is not 10.5), JSON its <see cref="CanonicalJson"/> form. Every value is tagged and every text
/// length-prefixed, so no two different rows hash alike by running into each other. Rows are hashed one at a time: a
/// table of any size costs one row's memory.
/// </summary>
public sealed class CopyChecksum : IDisposable
{
    private readonly IReadOnlyList<CopyColumn> _columns;
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly ArrayBufferWriter<byte> _row = new(1024);
    private readonly ArrayBufferWriter<byte> _json = new(256);

    /// <summary>A checksum over rows of <paramref name="columns"/>.</summary>
    public CopyChecksum(IReadOnlyList<CopyColumn> columns) => _columns = columns;

    /// <summary>The rows added so far.</summary>
    public long Rows { get; private set; }

    /// <summary>Adds one row, its values in the order of the columns.</summary>
    public void Add(ReadOnlySpan<CopyValue> row)
    {
        if (row.Length != _columns.Count) throw new ArgumentException($"a row of {row.Length} values for {_columns.Count} columns", nameof(row));
        _row.ResetWrittenCount();
        for (var i = 0; i < row.Length; i++) Write(_columns[i].Kind, row[i]);
        _hash.AppendData(_row.WrittenSpan);
        Rows++;
    }

    /// <summary>The checksum of the rows added, as 64 lowercase hex digits. Ends the checksum.</summary>
    public string Finish() => Convert.ToHexStringLower(_hash.GetHashAndReset());

    /// <inheritdoc />
    public void Dispose() => _hash.Dispose();

    private void Write(CopyValueKind kind, in CopyValue value)
    {
        if (value.IsNull)
        {
            Tag('N');
            return;
        }

        switch (kind)
        {
            case CopyValueKind.Integer:
                Tag('I');
                BinaryPrimitives.WriteInt64LittleEndian(_row.GetSpan(8), value.Integer);
                _row.Advance(8);
                break;
            case CopyValueKind.Boolean:
                Tag(value.Boolean ? 'T' : 'F');
                break;
            case CopyValueKind.Real:
                Tag('R');
                BinaryPrimitives.WriteInt64LittleEndian(_row.GetSpan(8), BitConverter.DoubleToInt64Bits(value.Real));
                _row.Advance(8);
                break;
            case CopyValueKind.Text:
                Tag('S');
                Text(value.Text!);
                break;
            case CopyValueKind.Decimal:
                Tag('M');
                Text(value.Decimal.ToString(CultureInfo.InvariantCulture));
                break;
            case CopyValueKind.Json:
                Tag('J');
                _json.ResetWrittenCount();
                CanonicalJson.Write(value.Text!, _json);
                Length(_json.WrittenCount);
                _row.Write(_json.WrittenSpan);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown copy value kind");
        }
    }

    private void Tag(char tag)
    {
        _row.GetSpan(1)[0] = (byte)tag;
        _row.Advance(1);
    }

    private void Text(string text)
    {
        var length = Encoding.UTF8.GetByteCount(text);
        Length(length);
        Encoding.UTF8.GetBytes(text, _row.GetSpan(length));
        _row.Advance(length);
    }

    private void Length(int length)
    {
        BinaryPrimitives.WriteInt32LittleEndian(_row.GetSpan(4), length);
        _row.Advance(4);
    }
}
