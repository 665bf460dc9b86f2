using Hub.Contracts;
using Microsoft.Extensions.Configuration;

namespace Hub.Mining;

/// <summary>A miner's settings: the keys of its configuration section (<c>Hub:Mining:Miners:NAME</c>), nested keys joined with ':'.</summary>
internal sealed class ConfigurationSettings : ISettings
{
    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);

    public ConfigurationSettings(IConfigurationSection section)
    {
        // Read once: a run sees one set of settings even if the file changes under it.
        foreach (var (key, value) in section.AsEnumerable(makePathsRelative: true))
        {
            if (value is not null) _values[key] = value;
        }
    }

    public IReadOnlyDictionary<string, string> All => _values;

    public string? Get(string name) => _values.GetValueOrDefault(name);
}
