using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace Hub.Storage.Common;

/// <summary>
/// JSON written so that two texts with the same meaning come out byte for byte alike. PostgreSQL's jsonb keeps the meaning
/// of what it is given but not its spelling (spacing, key order, duplicate keys: the last one wins, escapes, 1.0e2 for 100),
/// so <c>hub copy</c> compares the JSON it moved into jsonb by this form, on both sides.
/// </summary>
public static class CanonicalJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = false, SkipValidation = true };

    /// <summary>Writes the canonical form of <paramref name="json"/> to <paramref name="output"/>.</summary>
    /// <exception cref="JsonException"><paramref name="json"/> is not JSON.</exception>
    public static void Write(string json, IBufferWriter<byte> output)
    {
        using var document = JsonDocument.Parse(json);
        using var writer = new Utf8JsonWriter(output, WriterOptions);
        Write(document.RootElement, writer);
    }

    /// <summary>The canonical form as a string (for tests and messages).</summary>
    public static string Render(string json)
    {
        var buffer = new ArrayBufferWriter<byte>();
        Write(json, buffer);
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Write(JsonElement element, Utf8JsonWriter writer)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                // Ordinal order, and the last of duplicate keys, as jsonb keeps it.
                var properties = new SortedDictionary<string, JsonElement>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject()) properties[property.Name] = property.Value;
                writer.WriteStartObject();
                foreach (var (name, value) in properties)
                {
                    writer.WritePropertyName(name);
                    Write(value, writer);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray()) Write(item, writer);
                writer.WriteEndArray();
                break;
            case JsonValueKind.String:
                writer.WriteStringValue(element.GetString());
                break;
            case JsonValueKind.Number:
                writer.WriteRawValue(Number(element.GetRawText()), skipInputValidation: true);
                break;
            case JsonValueKind.True:
            case JsonValueKind.False:
                writer.WriteBooleanValue(element.GetBoolean());
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }

    /// <summary>
    /// A JSON number by its value, whatever its spelling: significant digits without leading or trailing zeros and a decimal
    /// exponent (1.50, 15e-1 and 0.150e1 are all 15e-1; every zero is 0). Exact at any size, unlike a double or a decimal.
    /// </summary>
    public static string Number(string text)
    {
        var negative = text.StartsWith('-');
        var body = negative ? text.AsSpan(1) : text.AsSpan();
        var e = body.IndexOfAny('e', 'E');
        long exponent = 0;
        if (e >= 0)
        {
            if (!long.TryParse(body[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent)) return text;
            body = body[..e];
        }

        var point = body.IndexOf('.');
        var digits = point < 0 ? body.ToString() : string.Concat(body[..point], body[(point + 1)..]);
        if (point >= 0) exponent -= body.Length - point - 1;
        digits = digits.TrimStart('0');
        if (digits.Length == 0) return "0";
        var trimmed = digits.TrimEnd('0');
        exponent += digits.Length - trimmed.Length;
        return string.Create(CultureInfo.InvariantCulture, $"{(negative ? "-" : "")}{trimmed}e{exponent}");
    }
}
