using System.Text;
using System.Text.Json;
using Hub.Contracts;
using Hub.Core.Model;

namespace Hub.Storage.Common;

/// <summary>Reads the JSON columns back, from stored UTF-8 where it is at hand. The common empty values are recognised without parsing.</summary>
public static class JsonColumns
{
    private static readonly IReadOnlyDictionary<string, string> NoAttributes = new Dictionary<string, string>();

    public static IReadOnlyDictionary<string, string> ReadObject(string? json) =>
        json is null or JsonColumnWriter.EmptyObject ? NoAttributes : ReadObject(Encoding.UTF8.GetBytes(json));

    public static IReadOnlyDictionary<string, string> ReadObject(ReadOnlySpan<byte> json)
    {
        if (json.Length <= 2) return NoAttributes;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(json);
        Expect(ref reader, JsonTokenType.StartObject);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            reader.Read();
            values[key] = reader.GetString() ?? "";
        }
        return values;
    }

    public static IReadOnlyList<string> ReadArray(string? json) =>
        json is null or JsonColumnWriter.EmptyArray ? [] : ReadArray(Encoding.UTF8.GetBytes(json));

    public static IReadOnlyList<string> ReadArray(ReadOnlySpan<byte> json)
    {
        if (json.Length <= 2) return [];
        var values = new List<string>();
        var reader = new Utf8JsonReader(json);
        Expect(ref reader, JsonTokenType.StartArray);
        while (reader.Read() && reader.TokenType == JsonTokenType.String) values.Add(reader.GetString()!);
        return values;
    }

    /// <summary>Reads what <see cref="JsonColumnWriter.OrderLines"/> wrote; quantities and prices are read as decimals, never doubles.</summary>
    public static IReadOnlyList<OrderLine> ReadOrderLines(string? json)
    {
        if (json is null or JsonColumnWriter.EmptyArray) return [];
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateArray().Select(line => new OrderLine(
            line.GetProperty("sku").GetString() ?? "", line.GetProperty("quantity").GetDecimal(), line.GetProperty("unitPrice").GetDecimal()))];
    }

    /// <summary>Reads what <see cref="JsonColumnWriter.Lineage"/> wrote.</summary>
    public static IReadOnlyDictionary<string, FieldLineage> ReadLineage(string? json)
    {
        var lineage = new Dictionary<string, FieldLineage>(StringComparer.Ordinal);
        if (json is null or JsonColumnWriter.EmptyObject) return lineage;
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        Expect(ref reader, JsonTokenType.StartObject);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = reader.GetString()!;
            Expect(ref reader, JsonTokenType.StartArray);
            var source = NextString(ref reader);
            var sourceId = NextString(ref reader);
            var changedAt = IsoText.ParseTimestamp(NextString(ref reader));
            var rule = NextString(ref reader);
            Expect(ref reader, JsonTokenType.EndArray);
            lineage[field] = new FieldLineage(source, sourceId, changedAt, rule);
        }
        return lineage;
    }

    private static string NextString(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.String);
        return reader.GetString()!;
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (!reader.Read() || reader.TokenType != type)
            throw new InvalidDataException($"A JSON column holds {reader.TokenType} where {type} was expected; the database file may have been edited by hand.");
    }
}
