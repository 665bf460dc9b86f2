namespace Hub.Contracts;

/// <summary>What a plugin can contribute to the hub, handed to <see cref="IHubPlugin.Register"/>.</summary>
public interface IPluginRegistry
{
    /// <summary>The plugin's id as declared in its <c>plugin.json</c>.</summary>
    string PluginId { get; }

    /// <summary>Adds the plugin's connector. Connector instances created with <c>hub connectors add ID --plugin PLUGIN_ID</c> use it.</summary>
    void AddConnector(IConnector connector);

    /// <summary>Adds a data-mining model run by <c>hub mine</c>.</summary>
    void AddMiner(IMiner miner);
}
