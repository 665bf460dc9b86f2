using System.Globalization;
using Hub.Contracts;

namespace Hub.Pipeline.Connectors;

/// <summary>Checks an instance's settings against what its connector declares, before anything is stored.</summary>
public static class SettingsValidator
{
    /// <summary>Every problem found, each naming the setting; empty when the settings are usable.</summary>
    public static IReadOnlyList<string> Validate(IReadOnlyList<SettingDefinition> declared, IReadOnlyDictionary<string, string> values)
    {
        var problems = new List<string>();
        var known = declared.ToDictionary(d => d.Name, StringComparer.Ordinal);

        foreach (var name in values.Keys.Where(name => !known.ContainsKey(name)))
            problems.Add($"unknown setting '{name}'; this connector takes: {string.Join(", ", declared.Select(d => d.Name))}");

        foreach (var definition in declared)
        {
            var value = values.GetValueOrDefault(definition.Name);
            if (string.IsNullOrWhiteSpace(value))
            {
                if (definition.Required && definition.Default is null)
                    problems.Add($"setting '{definition.Name}' is required: {definition.Description} (add --set {definition.Name}=...)");
                continue;
            }

            if (TypeProblem(definition, value) is { } problem) problems.Add(problem);
        }

        return problems;
    }

    private static string? TypeProblem(SettingDefinition definition, string value) => definition.Type switch
    {
        SettingType.Integer when !long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _) =>
            $"setting '{definition.Name}' must be a whole number, not '{value}'",
        SettingType.Boolean when !bool.TryParse(value, out _) =>
            $"setting '{definition.Name}' must be true or false, not '{value}'",
        SettingType.Url when !(Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)) =>
            $"setting '{definition.Name}' must be an absolute http(s) URL, not '{value}'",
        _ => null,
    };
}
