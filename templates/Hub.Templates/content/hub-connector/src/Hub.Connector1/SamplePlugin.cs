using Hub.Contracts;

namespace Hub.Connector1;

/// <summary>The plugin's entry point: the hub creates it once and calls Register.</summary>
public sealed class SamplePlugin : IHubPlugin
{
    /// <inheritdoc />
    public void Register(IPluginRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.AddConnector(new SampleConnector());
    }
}
