using System.Text.Json;

namespace Hub.Plugins.CallCenter;

/// <summary>Reads a pushed call: a JSON object whose properties are named like the CDR fields (accountcode, src, dst, ...).</summary>
internal static class CallJson
{
    /// <summary>Copies the call's fields into <paramref name="values"/> by column; says why when the item is no usable call.</summary>
    public static string? Fill(JsonElement item, string[] values)
    {
        if (item.ValueKind != JsonValueKind.Object) return $"the item is {Describe(item.ValueKind)}, not a call object";
        Array.Fill(values, "");
        foreach (var property in item.EnumerateObject())
        {
            // Other properties are kept only in the raw payload.
            if (!CdrColumns.TryParse(property.Name, out var column)) continue;
            var value = property.Value;
            switch (value.ValueKind)
            {
                case JsonValueKind.String:
                    values[(int)column] = value.GetString()!.Trim();
                    break;
                case JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                    values[(int)column] = value.GetRawText();
                    break;
                case JsonValueKind.Null:
                    break;
                default:
                    return $"{property.Name} is {Describe(value.ValueKind)}; give it as text or a number";
            }
        }

        // A sender resends what it is not sure arrived; the uniqueid is what makes a resent call the same call.
        return values[(int)CdrColumn.UniqueId].Length == 0
            ? "uniqueid is missing; every pushed call needs the uniqueid Asterisk gave it"
            : null;
    }

    /// <summary>Reads one call object from its JSON text (a quarantined push item).</summary>
    public static string? FillFromText(string json, string[] values)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return Fill(document.RootElement, values);
        }
        catch (JsonException e)
        {
            return $"not valid JSON: {e.Message}";
        }
    }

    public static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "empty",
    };
}
