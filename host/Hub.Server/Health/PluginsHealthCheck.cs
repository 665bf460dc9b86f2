using Hub.Core.Plugins;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hub.Server.Health;

/// <summary>
/// The <c>plugins</c> readiness check: the plugin catalog is loaded. A plugin that failed to load degrades it without
/// making the hub unready: the other plugins' connectors still sync.
/// </summary>
internal sealed class PluginsHealthCheck(IServiceProvider services) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<PluginInfo> plugins;
        try
        {
            // Resolved here rather than injected: resolving loads the plugins the first time, and a catalog that cannot
            // load must be reported, not fail the check's construction.
            plugins = services.GetRequiredService<IPluginCatalog>().Plugins;
        }
        catch (Exception e)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("the plugin catalog could not be loaded: " + e.Message));
        }

        var loaded = plugins.Count(p => p.Status == PluginStatus.Loaded);
        var failed = plugins.Where(p => p.Status != PluginStatus.Loaded)
            .Select(p => new FailedPlugin(p.Id, p.Status.ToString().ToLowerInvariant(), p.Message))
            .ToList();
        var data = new Dictionary<string, object> { ["loaded"] = loaded, ["failed"] = failed };
        return Task.FromResult(failed.Count == 0
            ? HealthCheckResult.Healthy($"{loaded} plugin(s) loaded", data)
            : HealthCheckResult.Degraded(
                $"{loaded} plugin(s) loaded; {failed.Count} could not be loaded: {string.Join(", ", failed.Select(f => f.Id))} ('hub plugins' says why)",
                data: data));
    }

    /// <summary>A plugin found on disk but not in use, as <c>/readyz</c> lists it.</summary>
    private sealed record FailedPlugin(string Id, string Status, string? Reason);
}
