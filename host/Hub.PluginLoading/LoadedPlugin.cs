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

    /// <summary>Whether its load context has been unloaded (or unloading has begun).</summary>
    public bool Unloaded { get; private set; }

    public ConnectorLease? Lease()
    {
        if (registry.Connector is not { } connector) return null;
        lock (_gate)
        {
            _leases++;
            return new ConnectorLease(connector, _replaced.Token, Release);
        }
    }

    /// <summary>Keeps this version loaded, for a mining run, until the result is disposed.</summary>
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
        Unloaded = true;
        // Unloading is cooperative: the context goes once nothing refers to its types any more (a push or a miner that was
        // still running with it finishes first).
        loader.Dispose();
    }
}
