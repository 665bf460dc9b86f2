namespace Hub.Contracts.Testing;

/// <summary>Settings as the hub passes them to a connector from <c>--set name=value</c>.</summary>
public sealed class ConformanceSettings(IReadOnlyDictionary<string, string> values) : ISettings
{
    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> All { get; } = values;

    /// <inheritdoc />
    public string? Get(string name) => All.TryGetValue(name, out var value) ? value : null;

    /// <summary>These settings without <paramref name="name"/>.</summary>
    public ConformanceSettings Without(string name) => new(All.Where(pair => pair.Key != name).ToDictionary(pair => pair.Key, pair => pair.Value));
}
