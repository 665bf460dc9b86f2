using Hub.Contracts;

namespace Hub.Plugins.CallCenter;

/// <summary>The <c>callcenter</c> plugin: calls from an Asterisk PBX become interactions tied to the caller's phone number.</summary>
public sealed class CallCenterPlugin : IHubPlugin
{
    /// <inheritdoc />
    public void Register(IPluginRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.AddConnector(new CdrConnector());
    }
}
