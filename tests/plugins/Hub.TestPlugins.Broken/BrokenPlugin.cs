using Hub.Contracts;

namespace Hub.TestPlugins.Broken;

/// <summary>Fails the way a misconfigured real plugin would: while registering.</summary>
public sealed class BrokenPlugin : IHubPlugin
{
    /// <summary>The message the hub must report for this plugin.</summary>
    public const string Failure = "broken on purpose: its licence file is missing";

    public void Register(IPluginRegistry registry) => throw new InvalidOperationException(Failure);
}
