using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Hub.Contracts;
using Hub.Core.Model;

namespace Hub.Storage.Common;

/// <summary>
/// Writes the JSON columns (attributes, warnings, order lines, lists). One instance is reused for a whole batch so the
/// hot path allocates only the resulting strings; not thread-safe. Keys are written in ordinal order so that the same
/// attributes always give the same text, and so the same content hash, whatever order the source produced them in.
/// </summary>
public sealed class JsonColumnWriter : IDisposable
{
    public const string EmptyObject = "{}";
    public const string EmptyArray = "[]";

    private static readonly JsonWriterOptions Options = new()
    {
        // Names in Chinese and other scripts stay readable in the file; the text is never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly Comparison<KeyValuePair<string, string>> ByKey = (a, b) => string.CompareOrdinal(a.Key, b.Key);

    private readonly ArrayBufferWriter<byte> _buffer = new(1024);
    private readonly Utf8JsonWriter _writer;
    private KeyValuePair<string, string>[] _pairs = new KeyValuePair<string, string>[16];

    public JsonColumnWriter() => _writer = new Utf8JsonWriter(_buffer, Options);

    public string Object(IReadOnlyDictionary<string, string> values)
    {
        if (values.Count == 0) return EmptyObject;
        if (_pairs.Length < values.Count) _pairs = new KeyValuePair<string, string>[values.Count * 2];
        var count = 0;
        foreach (var pair in values) _pairs[count++] = pair;
        var pairs = _pairs.AsSpan(0, count);
        pairs.Sort(ByKey);

        Begin();
        _writer.WriteStartObject();
        foreach (var pair in pairs) _writer.WriteString(pair.Key, pair.Value);
        _writer.WriteEndObject();
        pairs.Clear();
        return End();
    }

    public string Array(IEnumerable<string> values, int count)
    {
        if (count == 0) return EmptyArray;
        Begin();
        _writer.WriteStartArray();
        foreach (var value in values) _writer.WriteStringValue(value);
        _writer.WriteEndArray();
        return End();
    }

    public string Array(IReadOnlyList<string> values) => Array(values, values.Count);

    public string OrderLines(IReadOnlyList<OrderLine> lines)
    {
        if (lines.Count == 0) return EmptyArray;
        Begin();
        _writer.WriteStartArray();
        foreach (var line in lines)
        {
            _writer.WriteStartObject();
            _writer.WriteString("sku", line.Sku);
            // JSON numbers written from decimals keep their exact digits; they are read back as decimals, never doubles.
            _writer.WriteNumber("quantity", line.Quantity);
            _writer.WriteNumber("unitPrice", line.UnitPrice);
            _writer.WriteEndObject();
        }
        _writer.WriteEndArray();
        return End();
    }

    /// <summary>
    /// A golden record's lineage as <c>{"field":["source","source_id","changed_at","rule"], ...}</c>: arrays rather than
    /// objects because every customer carries one per field, and field names in a fixed order so equal lineage is equal text.
    /// </summary>
    public string Lineage(IReadOnlyDictionary<string, FieldLineage> lineage)
    {
        if (lineage.Count == 0) return EmptyObject;
        Begin();
        _writer.WriteStartObject();
        foreach (var field in GoldenFields.All)
        {
            if (!lineage.TryGetValue(field, out var from)) continue;
            _writer.WriteStartArray(field);
            _writer.WriteStringValue(from.Source);
            _writer.WriteStringValue(from.SourceId);
            _writer.WriteStringValue(IsoText.Timestamp(from.ChangedAt));
            _writer.WriteStringValue(from.Rule);
            _writer.WriteEndArray();
        }
        _writer.WriteEndObject();
        return End();
    }

    public void Dispose() => _writer.Dispose();

    private void Begin()
    {
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
    }

    private string End()
    {
        _writer.Flush();
        return Encoding.UTF8.GetString(_buffer.WrittenSpan);
    }
}
