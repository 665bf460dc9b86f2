namespace Hub.Core.Plugins;

/// <summary>Whether a plugin found on disk is in use.</summary>
public enum PluginStatus
{
    /// <summary>Loaded and registered; its connectors and miners are available.</summary>
    Loaded,
    /// <summary>Found but broken: its manifest, assembly or registration failed. The message says how.</summary>
    Faulted,
    /// <summary>Built for a contracts version this hub cannot host. The message says which.</summary>
    Incompatible,
}
