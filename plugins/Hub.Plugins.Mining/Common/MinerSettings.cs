using System.Globalization;
using Hub.Contracts;

namespace Hub.Plugins.Mining.Common;

/// <summary>
/// Typed reads of one miner's settings. A setting is found by its own name (<c>seasonLength</c>) or prefixed by the miner
/// (<c>demand.seasonLength</c>), so either way of writing the hub's configuration reaches the miner.
/// </summary>
internal sealed class MinerSettings(ISettings settings, string miner)
{
    public int GetInt(string name, int fallback, int minimum)
    {
        var key = KeyOf(name);
        var value = key is null ? fallback : settings.GetInt(key, fallback);
        return value >= minimum
            ? value
            : throw new InvalidSettingException(key ?? name, $"setting '{key}' must be at least {minimum}, not {value}");
    }

    public double GetDouble(string name, double fallback)
    {
        var key = KeyOf(name);
        var text = key is null ? null : settings.Get(key);
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && double.IsFinite(parsed)
            ? parsed
            : throw new InvalidSettingException(key!, $"setting '{key}' must be a number, not '{text}'");
    }

    private string? KeyOf(string name)
    {
        if (!string.IsNullOrWhiteSpace(settings.Get(name))) return name;
        var prefixed = miner + "." + name;
        return string.IsNullOrWhiteSpace(settings.Get(prefixed)) ? null : prefixed;
    }
}
