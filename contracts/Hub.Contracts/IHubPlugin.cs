namespace Hub.Contracts;

/// <summary>
/// The entry point of a plugin: exactly one public class per plugin assembly implements it, with a
/// parameterless constructor. The host calls <see cref="Register"/> once when the plugin is loaded;
/// if it throws, the plugin is marked <c>faulted</c> and the hub keeps running without it.
/// </summary>
public interface IHubPlugin
{
    /// <summary>Declares what the plugin contributes (connectors, miners).</summary>
    void Register(IPluginRegistry registry);
}
