namespace Hub.Core.Model;

/// <summary>A configured connector: which plugin reads, from where, on what schedule.</summary>
/// <param name="Id">The operator's name for it, e.g. <c>shop-eu</c>; also the source name of its records.</param>
/// <param name="PluginId">The plugin whose connector reads.</param>
/// <param name="Schedule">A Quartz cron expression, or null for manual syncs only.</param>
/// <param name="Settings">Its settings, secrets included.</param>
/// <param name="SecretNames">Which settings are secrets (never printed).</param>
/// <param name="CreatedAt">When it was added.</param>
public sealed record ConnectorInstance(
    string Id,
    string PluginId,
    string? Schedule,
    IReadOnlyDictionary<string, string> Settings,
    IReadOnlySet<string> SecretNames,
    DateTimeOffset CreatedAt);
