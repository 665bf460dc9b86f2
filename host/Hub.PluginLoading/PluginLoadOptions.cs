namespace Hub.PluginLoading;

/// <summary>How plugins are loaded.</summary>
/// <param name="Replaceable">
/// Whether a plugin may be replaced while the hub runs (<c>hub serve --watch-plugins</c>): each loads into a collectible
/// context, from a copy in memory, so a rebuild can overwrite its files and the old version can be unloaded. Off by default:
/// mapped files load faster and share pages between processes.
/// </param>
public sealed record PluginLoadOptions(bool Replaceable = false)
{
    /// <summary>Plugins load once, for the life of the process.</summary>
    public static PluginLoadOptions Default { get; } = new();
}
