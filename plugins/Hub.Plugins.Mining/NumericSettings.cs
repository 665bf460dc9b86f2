using System.Globalization;
using Hub.Contracts;

namespace Hub.Plugins.Mining;

/// <summary>Decimal settings of the miners, checked against their range so a typo fails the run with the setting's name.</summary>
internal static class NumericSettings
{
    /// <summary>The setting as a number in [<paramref name="minimum"/>, <paramref name="maximum"/>], or <paramref name="fallback"/> when unset.</summary>
    /// <exception cref="InvalidSettingException">when it is not a number or out of range.</exception>
    public static double GetDouble(this ISettings settings, string name, double fallback, double minimum, double maximum)
    {
        var text = settings.Get(name);
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw new InvalidSettingException(name, $"setting '{name}' must be a number, not '{text}'");
        }

        return value >= minimum && value <= maximum
            ? value
            : throw new InvalidSettingException(name, $"setting '{name}' must be between {minimum.ToString(CultureInfo.InvariantCulture)} and {maximum.ToString(CultureInfo.InvariantCulture)}, not '{text}'");
    }
}
