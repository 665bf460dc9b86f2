namespace Hub.Core.Plugins;

/// <summary>Where a plugin was found.</summary>
public enum PluginLocation
{
    /// <summary>The <c>plugins</c> folder beside the executable.</summary>
    Bundled,
    /// <summary>The <c>plugins</c> folder in the data dir.</summary>
    Installed,
}
