using Hub.Core.Plugins;

namespace Hub.PluginLoading;

/// <summary>A folder whose subfolders are plugins, e.g. <c>plugins/</c> beside the executable.</summary>
/// <param name="Path">The folder; it need not exist.</param>
/// <param name="Location">Whether its plugins are bundled or installed by the user.</param>
public sealed record PluginFolder(string Path, PluginLocation Location);
