using Hub.Contracts;

namespace Hub.Plugins.GitHub;

/// <summary>The <c>github</c> plugin: the developer community of a company's repositories as a customer channel.</summary>
public sealed class GitHubPlugin : IHubPlugin
{
    /// <inheritdoc />
    public void Register(IPluginRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.AddConnector(new GitHubConnector());
    }
}
