using System.Globalization;
using System.Text.Json;
using Hub.Contracts;

namespace Hub.Plugins.Mining.Satisfaction;

/// <summary>
/// Finds NPS answers among app events. The demo's Segment source sends <c>track "Survey Submitted"</c> with properties
/// <c>{"survey": "nps", "score": 0-10}</c>; other apps name the event "NPS Survey" or "Survey Answered" and the score
/// <c>nps</c>, <c>npsScore</c> or <c>nps_score</c>, sometimes as a string. A survey that names itself as something other
/// than NPS (e.g. <c>"survey": "csat"</c>) is left alone: its scale is not 0–10.
/// </summary>
internal static class NpsAnswerReader
{
    private static readonly string[] ScoreProperties = ["score", "nps", "npsScore", "nps_score"];
    private static readonly string[] SurveyNameProperties = ["survey", "survey_type", "surveyType", "type"];

    public static bool TryRead(EventRecord record, out double score)
    {
        score = 0;
        var name = record.Name;
        var namedNps = name.Contains("nps", StringComparison.OrdinalIgnoreCase);
        // Cheap name test first: JSON is parsed only for the few events that can be surveys.
        if (!namedNps && !name.Contains("survey", StringComparison.OrdinalIgnoreCase)) return false;
        if (string.IsNullOrWhiteSpace(record.PropertiesJson)) return false;

        try
        {
            using var document = JsonDocument.Parse(record.PropertiesJson);
            var properties = document.RootElement;
            if (properties.ValueKind != JsonValueKind.Object) return false;
            if (!namedNps && NamesAnotherSurvey(properties)) return false;
            foreach (var property in properties.EnumerateObject())
            {
                if (!IsOneOf(property.Name, ScoreProperties) || !TryNumber(property.Value, out var value)) continue;
                if (value is < 0 or > 10) return false;
                score = value;
                return true;
            }
        }
        catch (JsonException)
        {
            // Properties are the app's free text; a malformed payload is simply not an answer.
        }

        return false;
    }

    private static bool NamesAnotherSurvey(JsonElement properties)
    {
        foreach (var property in properties.EnumerateObject())
        {
            if (IsOneOf(property.Name, SurveyNameProperties) && property.Value.ValueKind == JsonValueKind.String &&
                !(property.Value.GetString() ?? "").Contains("nps", StringComparison.OrdinalIgnoreCase))
                return true;
        }

        return false;
    }

    private static bool IsOneOf(string name, string[] names) =>
        Array.Exists(names, n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));

    private static bool TryNumber(JsonElement value, out double number)
    {
        number = 0;
        return value.ValueKind switch
        {
            JsonValueKind.Number => value.TryGetDouble(out number),
            JsonValueKind.String => double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out number),
            _ => false,
        };
    }
}
