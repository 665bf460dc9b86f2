using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Hub.Core.Mining;

namespace Hub.Storage.Common;

/// <summary>
/// The compact JSON object one customer's scores are stored as (0013_mining.sql): name → number, label, or [number, label].
/// Parameters are a flat object of numbers.
/// </summary>
internal static class MiningScoreJson
{
    public static string Write(long customerNumber, IReadOnlyDictionary<string, ScoreValue> scores)
    {
        var buffer = new ArrayBufferWriter<byte>(64 + scores.Count * 32);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            foreach (var (name, score) in scores)
            {
                json.WritePropertyName(name);
                if (score.Value is { } value)
                {
                    // JSON has no NaN or infinity; a model producing one has a bug its author should hear of.
                    if (!double.IsFinite(value))
                        throw new ArgumentException($"score '{name}' of customer cus_{customerNumber} is {value.ToString(CultureInfo.InvariantCulture)}; scores must be finite numbers");
                    if (score.Label is { } both)
                    {
                        json.WriteStartArray();
                        json.WriteNumberValue(value);
                        json.WriteStringValue(both);
                        json.WriteEndArray();
                    }
                    else
                    {
                        json.WriteNumberValue(value);
                    }
                }
                else if (score.Label is { } label)
                {
                    json.WriteStringValue(label);
                }
                else
                {
                    json.WriteNullValue();
                }
            }

            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static Dictionary<string, ScoreValue> Read(ReadOnlySpan<byte> utf8, Dictionary<string, ScoreValue>? into = null)
    {
        var scores = into ?? new Dictionary<string, ScoreValue>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(utf8);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            switch (reader.TokenType)
            {
                case JsonTokenType.Number:
                    scores[name] = new ScoreValue(reader.GetDouble(), null);
                    break;
                case JsonTokenType.String:
                    scores[name] = new ScoreValue(null, reader.GetString());
                    break;
                case JsonTokenType.StartArray:
                    reader.Read();
                    var value = reader.GetDouble();
                    reader.Read();
                    scores[name] = new ScoreValue(value, reader.GetString());
                    reader.Read();
                    break;
                default:
                    scores.Remove(name);
                    break;
            }
        }

        return scores;
    }

    public static string WriteParameters(IReadOnlyDictionary<string, double> parameters)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            foreach (var (name, value) in parameters)
            {
                if (!double.IsFinite(value))
                    throw new ArgumentException($"parameter '{name}' is {value.ToString(CultureInfo.InvariantCulture)}; parameters must be finite numbers");
                json.WriteNumber(name, value);
            }

            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static IReadOnlyDictionary<string, double> ReadParameters(string json)
    {
        var parameters = new SortedDictionary<string, double>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(json);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Number) parameters[property.Name] = property.Value.GetDouble();
        }

        return parameters;
    }
}
