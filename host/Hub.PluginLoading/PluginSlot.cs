using Hub.Core.Plugins;

namespace Hub.PluginLoading;

/// <summary>A plugin folder as the catalog knows it: what was found there, and the version loaded from it, if any.</summary>
/// <param name="Directory">The plugin's own folder.</param>
/// <param name="Location">Bundled or installed.</param>
/// <param name="Info">What <c>hub plugins</c> shows for it.</param>
/// <param name="Loaded">The version in use; null when it is faulted or incompatible.</param>
/// <param name="Fingerprint">The folder's files when it was last loaded, so an unchanged folder is not loaded again.</param>
internal sealed record PluginSlot(string Directory, PluginLocation Location, PluginInfo Info, LoadedPlugin? Loaded, string Fingerprint);
