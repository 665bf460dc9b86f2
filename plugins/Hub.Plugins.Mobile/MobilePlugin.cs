using Hub.Contracts;

namespace Hub.Plugins.Mobile;

/// <summary>The <c>mobile</c> plugin: app analytics pushed by Segment-compatible SDKs.</summary>
public sealed class MobilePlugin : IHubPlugin
{
    /// <inheritdoc />
    public void Register(IPluginRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.AddConnector(new SegmentConnector());
    }
}
