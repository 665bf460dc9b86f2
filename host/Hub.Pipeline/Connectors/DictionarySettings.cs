using Hub.Contracts;

namespace Hub.Pipeline.Connectors;

/// <summary>Settings held in a dictionary, with declared defaults filled in.</summary>
public sealed class DictionarySettings : ISettings
{
    private readonly Dictionary<string, string> _values;

    /// <summary>Wraps <paramref name="values"/>; declared defaults apply where a value is not set.</summary>
    public DictionarySettings(IReadOnlyDictionary<string, string> values, IEnumerable<SettingDefinition>? declared = null)
    {
        _values = new Dictionary<string, string>(values, StringComparer.Ordinal);
        foreach (var definition in declared ?? [])
        {
            if (definition.Default is not null && !_values.ContainsKey(definition.Name))
                _values[definition.Name] = definition.Default;
        }
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> All => _values;

    /// <inheritdoc />
    public string? Get(string name) => _values.GetValueOrDefault(name);
}
