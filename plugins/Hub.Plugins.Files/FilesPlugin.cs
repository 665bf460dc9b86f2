using Hub.Contracts;

namespace Hub.Plugins.Files;

/// <summary>The <c>files</c> plugin: CSV imports of customers and orders.</summary>
public sealed class FilesPlugin : IHubPlugin
{
    /// <inheritdoc />
    public void Register(IPluginRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.AddConnector(new CsvConnector());
    }
}
