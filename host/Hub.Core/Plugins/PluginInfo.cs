namespace Hub.Core.Plugins;

/// <summary>What the hub knows about one plugin folder, as <c>hub plugins</c> and the <c>plugins</c> query show it.</summary>
/// <param name="Id">The manifest's id (the folder name when the manifest cannot be read).</param>
/// <param name="Version">The plugin's own version, if known.</param>
/// <param name="ContractsVersion">The contracts version it was built for, if known.</param>
/// <param name="Status">Loaded, faulted or incompatible.</param>
/// <param name="Message">Why it is not loaded, or a short description when it is.</param>
/// <param name="Location">Bundled with the hub, or installed in the data dir.</param>
public sealed record PluginInfo(
    string Id,
    string? Version,
    string? ContractsVersion,
    PluginStatus Status,
    string? Message,
    PluginLocation Location)
{
    /// <summary>
    /// Why the plugin's folder, changed while the hub runs with <c>--watch-plugins</c>, could not be loaded; the version
    /// shown keeps running. Null when the last change loaded, or nothing changed.
    /// </summary>
    public string? ReloadError { get; init; }
}
