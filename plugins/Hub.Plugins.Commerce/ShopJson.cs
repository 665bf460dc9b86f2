using System.Globalization;
using System.Text.Json;

namespace Hub.Plugins.Commerce;

/// <summary>Reads the values of Shopify's JSON: ids are numbers, money is a decimal string, times are ISO 8601 with an offset.</summary>
internal static class ShopJson
{
    // Exponents and thousands separators are refused: Shopify writes money as plain "1280.00".
    private const NumberStyles MoneyStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    /// <summary>A property as trimmed text (numbers and booleans as written), or null when absent, null or blank.</summary>
    public static string? Text(JsonElement item, string name)
    {
        if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty(name, out var value)) return null;
        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    /// <summary>A nested object, or null when absent or not an object.</summary>
    public static JsonElement? Object(JsonElement item, string name) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object
            ? value
            : null;

    /// <summary>An id: a whole number (or a string, as some compatible shops send), or null when there is none.</summary>
    public static string? Id(JsonElement item, string name = "id")
    {
        if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty(name, out var value)) return null;
        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt64(out var number) => number.ToString(CultureInfo.InvariantCulture),
            JsonValueKind.String when !string.IsNullOrWhiteSpace(value.GetString()) => value.GetString()!.Trim(),
            _ => null,
        };
    }

    /// <summary>
    /// Money or a quantity, exactly: from the text of a string or of a JSON number, never through a double.
    /// </summary>
    public static bool TryDecimal(JsonElement value, out decimal amount)
    {
        amount = 0;
        return value.ValueKind switch
        {
            JsonValueKind.String => decimal.TryParse(value.GetString(), MoneyStyle, CultureInfo.InvariantCulture, out amount),
            JsonValueKind.Number => value.TryGetDecimal(out amount),
            _ => false,
        };
    }

    /// <summary>An ISO 8601 date-time; one without an offset is taken as UTC.</summary>
    public static bool TryTimestamp(string text, out DateTimeOffset timestamp)
    {
        timestamp = default;
        // The general parser also takes "03/05/2024"; only ISO 8601 (year first) is unambiguous.
        return text.Length >= 19 && text[4] == '-' && text[7] == '-' && (text[10] == 'T' || text[10] == ' ')
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out timestamp);
    }

    /// <summary>
    /// A timestamp property: null when absent; when present but unreadable, null with a warning, since the
    /// record itself is still good.
    /// </summary>
    public static DateTimeOffset? Timestamp(JsonElement item, string name, ref List<string>? warnings)
    {
        if (Text(item, name) is not { } text) return null;
        if (TryTimestamp(text, out var timestamp)) return timestamp;
        (warnings ??= []).Add($"{name} '{text}' is not a valid date; left empty");
        return null;
    }
}
