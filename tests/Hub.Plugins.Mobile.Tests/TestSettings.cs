using Hub.Contracts;

namespace Hub.Plugins.Mobile.Tests;

/// <summary>Settings as the host would pass them from <c>--set k=v</c>.</summary>
public sealed class TestSettings(IReadOnlyDictionary<string, string> values) : ISettings
{
    public IReadOnlyDictionary<string, string> All { get; } = values;

    public string? Get(string name) => All.TryGetValue(name, out var value) ? value : null;
}
