using System.Collections.Immutable;
using Hub.Contracts;
using Hub.Core.Plugins;
using Microsoft.Extensions.Logging;

namespace Hub.PluginLoading;

/// <summary>
/// The plugins found in the plugin folders, and what the loaded ones contribute. With <see cref="PluginLoadOptions.Replaceable"/>
/// a plugin folder can be loaded again while the hub runs (<see cref="Reload"/>): a version that loads replaces the old one,
/// which is unloaded once the runs using it reach a checkpoint; one that does not leaves the old one running.
/// </summary>
public sealed class PluginCatalog : IPluginCatalog
{
    private readonly object _gate = new();
    private readonly ILogger _logger;
    private readonly PluginLoadOptions _options;
    private volatile View _view = View.Of([]);

    internal PluginCatalog(ILogger logger, PluginLoadOptions options)
    {
        _logger = logger;
        _options = options;
    }

    /// <inheritdoc />
    public IReadOnlyList<PluginInfo> Plugins => _view.Plugins;

    /// <inheritdoc />
    public IReadOnlyList<IMiner> Miners => _view.Miners;

    /// <inheritdoc />
    public IConnector? FindConnector(string pluginId) => Find(pluginId)?.Connector;

    /// <inheritdoc />
    public string? PluginOf(IMiner miner) => _view.MinerPlugins.GetValueOrDefault(miner);

    /// <inheritdoc />
    public ConnectorLease? LeaseConnector(string pluginId)
    {
        // Under the gate: a reload between the lookup and the lease would otherwise hand out a version already retired.
        lock (_gate) return Find(pluginId)?.Lease();
    }

    /// <inheritdoc />
    public PluginHold HoldMiner(IMiner miner)
    {
        // A miner of a version already replaced is not found: its context is unloading, and the run takes its chance.
        lock (_gate) return _view.Slots.FirstOrDefault(s => s.Loaded?.Miners.Contains(miner) == true)?.Loaded!.Hold() ?? PluginHold.None;
    }

    /// <summary>
    /// Loads the plugin folder <paramref name="directory"/> again, after it changed: a new folder is added, a removed one
    /// dropped, and a changed one replaced when the new version loads. Returns what <c>hub plugins</c> now shows for it.
    /// </summary>
    /// <exception cref="InvalidOperationException">when the catalog was not loaded with <see cref="PluginLoadOptions.Replaceable"/>.</exception>
    public PluginInfo? Reload(string directory, PluginLocation location)
    {
        if (!_options.Replaceable)
            throw new InvalidOperationException("plugins were loaded to stay; load them with PluginLoadOptions.Replaceable to reload them");
        directory = Path.GetFullPath(directory);
        lock (_gate)
        {
            var slots = _view.Slots;
            var old = slots.FirstOrDefault(s => s.Directory == directory);
            if (!Directory.Exists(directory))
            {
                if (old is null) return null;
                Publish(slots.Remove(old));
                old.Loaded?.Retire();
                _logger.LogInformation("Plugin {PluginId} removed: its folder is gone", old.Info.Id);
                return null;
            }

            var fingerprint = PluginFingerprint.Of(directory);
            if (old is not null && old.Fingerprint == fingerprint) return old.Info;

            var others = slots.Where(s => s != old).ToList();
            var candidate = PluginCatalogLoader.LoadOne(directory, location, others, _options, fingerprint);
            if (candidate.Loaded is null && old?.Loaded is not null)
            {
                // A broken rebuild: the version that works keeps running, and says why the new one did not load.
                var error = $"version {candidate.Info.Version ?? "?"} in the folder did not load ({candidate.Info.Message}); {old.Info.Version} keeps running";
                _logger.LogWarning("Plugin {PluginId} not reloaded: {Error}", old.Info.Id, error);
                Publish(slots.Replace(old, old with { Info = old.Info with { ReloadError = error }, Fingerprint = candidate.Fingerprint }));
                return _view.Slots.First(s => s.Directory == directory).Info;
            }

            Publish(old is null ? slots.Add(candidate) : slots.Replace(old, candidate));
            old?.Loaded?.Retire();
            LogLoaded(candidate, old?.Loaded is null
                ? ""
                : $", replacing {old.Info.Version}; its running syncs stop at their next checkpoint and go on with the new version");
            return candidate.Info;
        }
    }

    /// <summary>Adds a plugin folder found at start-up.</summary>
    internal void Add(string directory, PluginLocation location)
    {
        lock (_gate)
        {
            var slot = PluginCatalogLoader.LoadOne(Path.GetFullPath(directory), location, _view.Slots, _options);
            LogLoaded(slot, "");
            Publish(_view.Slots.Add(slot));
        }
    }

    private void LogLoaded(PluginSlot slot, string replacing)
    {
        if (slot.Loaded is not null)
            _logger.LogInformation("Plugin {PluginId} {Version} loaded from {Location} plugins{Replacing}", slot.Info.Id, slot.Info.Version, slot.Location, replacing);
        else
            _logger.LogWarning("Plugin {PluginId} is {Status}: {Message}", slot.Info.Id, slot.Info.Status, slot.Info.Message);
    }

    private LoadedPlugin? Find(string pluginId) => _view.Slots.FirstOrDefault(s => s.Info.Id == pluginId && s.Loaded is not null)?.Loaded;

    private void Publish(ImmutableList<PluginSlot> slots) => _view = View.Of(slots);

    // Everything readers need, rebuilt on each change and swapped whole, so a reader never sees half a reload.
    private sealed record View(
        ImmutableList<PluginSlot> Slots,
        IReadOnlyList<PluginInfo> Plugins,
        IReadOnlyList<IMiner> Miners,
        Dictionary<object, string> MinerPlugins)
    {
        public static View Of(IEnumerable<PluginSlot> slots)
        {
            var list = ImmutableList.CreateRange(slots);
            var loaded = list.Where(s => s.Loaded is not null).ToList();
            var miners = loaded.SelectMany(s => s.Loaded!.Miners.Select(m => (s.Info.Id, Miner: m))).ToList();
            return new View(
                list,
                [.. list.Select(s => s.Info).OrderBy(i => i.Id, StringComparer.Ordinal)],
                [.. miners.Select(m => m.Miner)],
                miners.ToDictionary(m => (object)m.Miner, m => m.Id, ReferenceEqualityComparer.Instance));
        }
    }
}
