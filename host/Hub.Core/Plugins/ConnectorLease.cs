using Hub.Contracts;

namespace Hub.Core.Plugins;

/// <summary>
/// A plugin's connector held for one sync run. While a run holds it, a rebuilt version of the plugin may be loaded beside it
/// (<c>hub serve --watch-plugins</c>): <see cref="Replaced"/> then fires, the run stops at its next checkpoint, and once
/// every lease on the old version is disposed its load context is unloaded.
/// </summary>
/// <param name="connector">The connector, as the plugin version current when the lease was taken registered it.</param>
/// <param name="replaced">Fires when a new version of the plugin has replaced this one.</param>
/// <param name="hold">What keeps that version loaded; none for a catalog that never unloads.</param>
public sealed class ConnectorLease(IConnector connector, CancellationToken replaced, PluginHold? hold = null) : IDisposable
{
    /// <summary>The connector, as the plugin version current when the lease was taken registered it.</summary>
    public IConnector Connector { get; } = connector ?? throw new ArgumentNullException(nameof(connector));

    /// <summary>Fires when a new version of the plugin has replaced this one; a run should stop at its next checkpoint.</summary>
    public CancellationToken Replaced { get; } = replaced;

    /// <summary>Gives the connector back.</summary>
    public void Dispose() => hold?.Dispose();
}
