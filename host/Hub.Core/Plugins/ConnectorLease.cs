using Hub.Contracts;

namespace Hub.Core.Plugins;

/// <summary>
/// A plugin's connector held for one sync run. While a run holds it, a rebuilt version of the plugin may be loaded beside it
/// (<c>hub serve --watch-plugins</c>): <see cref="Replaced"/> then fires, the run stops at its next checkpoint, and once
/// every lease on the old version is disposed its load context is unloaded.
/// </summary>
public sealed class ConnectorLease : IDisposable
{
    private Action? _release;

    /// <summary>A lease on <paramref name="connector"/>; <paramref name="release"/> runs once, on the first dispose.</summary>
    public ConnectorLease(IConnector connector, CancellationToken replaced, Action? release = null)
    {
        Connector = connector ?? throw new ArgumentNullException(nameof(connector));
        Replaced = replaced;
        _release = release;
    }

    /// <summary>The connector, as the plugin version current when the lease was taken registered it.</summary>
    public IConnector Connector { get; }

    /// <summary>Fires when a new version of the plugin has replaced this one; a run should stop at its next checkpoint.</summary>
    public CancellationToken Replaced { get; }

    /// <summary>Gives the connector back.</summary>
    public void Dispose() => Interlocked.Exchange(ref _release, null)?.Invoke();
}
