using System.Globalization;

namespace Hub.Contracts;

/// <summary>Typed reads of settings, with errors that name the setting.</summary>
public static class SettingsExtensions
{
    /// <summary>The value of a setting that must be set.</summary>
    /// <exception cref="InvalidSettingException">when it is missing or blank.</exception>
    public static string GetRequired(this ISettings settings, string name)
    {
        var value = settings.Get(name);
        return string.IsNullOrWhiteSpace(value)
            ? throw new InvalidSettingException(name, $"setting '{name}' is required")
            : value;
    }

    /// <summary>An integer setting, or <paramref name="fallback"/> when it is not set.</summary>
    public static int GetInt(this ISettings settings, string name, int fallback)
    {
        var value = settings.Get(name);
        if (string.IsNullOrWhiteSpace(value)) return fallback;
        return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : throw new InvalidSettingException(name, $"setting '{name}' must be a whole number, not '{value}'");
    }

    /// <summary>A comma-separated list setting; empty when it is not set.</summary>
    public static IReadOnlyList<string> GetList(this ISettings settings, string name) =>
        (settings.Get(name) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
