using Hub.Contracts;
using Hub.Core.Plugins;
using McMaster.NETCore.Plugins;

namespace Hub.PluginLoading;

/// <summary>
/// One loaded version of a plugin: what it registered, and its load context. When a new version replaces it, the runs
/// holding its connector are told, and the context is unloaded once the last of them lets go.
/// </summary>
internal sealed class LoadedPlugin(PluginLoader loader, PluginRegistry registry)
{
    private readonly object _gate = new();
    private readonly CancellationTokenSource _replaced = new();
    private int _leases;
    private bool _retired;

    public IConnector? Connector => registry.Connector;

    public IReadOnlyList<IMiner> Miners => registry.Miners;

    /// <summary>Its connector, held for a sync run; null when it registered none.</summary>
    public ConnectorLease? Lease() => registry.Connector is { } connector ? new ConnectorLease(connector, _replaced.Token, Hold()) : null;

    /// <summary>Keeps this version loaded (for a sync or mining run) until the result is disposed.</summary>
    public PluginHold Hold()
    {
        lock (_gate)
        {
            _leases++;
            return new PluginHold(Release);
        }
    }

    /// <summary>A newer version has replaced this one: tell the runs holding it, and unload it when none does.</summary>
    public void Retire()
    {
        lock (_gate)
        {
            if (_retired) return;
            _retired = true;
            if (_leases == 0) Unload();
        }

        // Outside the lock: the runs' callbacks must not run while it is held.
        _replaced.Cancel();
    }

    private void Release()
    {
        lock (_gate)
        {
            _leases--;
            if (_retired && _leases == 0) Unload();
        }
    }

    private void Unload()
    {
        // Unloading is cooperative: the context goes once nothing refers to its types any more (a push or a miner that was
        // still running with it finishes first).
        loader.Dispose();
    }
}
