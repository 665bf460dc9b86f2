using Hub.Contracts;

namespace Hub.Plugins.Commerce;

/// <summary>The <c>commerce</c> plugin: customers and orders of an online shop.</summary>
public sealed class CommercePlugin : IHubPlugin
{
    /// <inheritdoc />
    public void Register(IPluginRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.AddConnector(new ShopConnector());
    }
}
