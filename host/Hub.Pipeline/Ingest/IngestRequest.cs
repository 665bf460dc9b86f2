using Hub.Contracts;

namespace Hub.Pipeline.Ingest;

/// <summary>One read of a connector into the store.</summary>
/// <param name="Connector">The plugin's connector.</param>
/// <param name="Context">The instance's id, source name, settings and logger.</param>
/// <param name="ConnectorId">The instance whose checkpoint is used and moved, or null for a one-off import.</param>
/// <param name="Trigger">What started it: <c>cli</c>, <c>schedule</c>, <c>import</c>...</param>
/// <param name="Full">Read from the start instead of the last checkpoint.</param>
/// <param name="PluginReplaced">
/// Fires when a new version of the connector's plugin has been loaded (<c>hub serve --watch-plugins</c>): the read stops at
/// its next checkpoint, so the old version can be unloaded and the sync go on with the new one.
/// </param>
public sealed record IngestRequest(IConnector Connector, ConnectorContext Context, string? ConnectorId, string Trigger, bool Full, CancellationToken PluginReplaced = default);
