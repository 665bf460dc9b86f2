namespace Hub.PluginLoading;

/// <summary>A plugin cannot be loaded; the message is shown as the plugin's status message.</summary>
public sealed class PluginLoadException(string message) : Exception(message);
