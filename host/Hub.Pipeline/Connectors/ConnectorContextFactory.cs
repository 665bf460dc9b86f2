using Hub.Contracts;
using Hub.Core.Model;
using Microsoft.Extensions.Logging;

namespace Hub.Pipeline.Connectors;

/// <summary>
/// Builds the context a connector reads with: the instance's settings (declared defaults filled in), a logger named
/// after the plugin, and the host's HTTP client, already wrapped in retries with backoff (honouring Retry-After),
/// timeouts and a circuit breaker, so plugins need no resilience code of their own.
/// </summary>
public sealed class ConnectorContextFactory(IHttpClientFactory httpClients, ILoggerFactory loggers)
{
    /// <summary>The named HTTP client every connector gets.</summary>
    public const string HttpClientName = "hub-connectors";

    /// <summary>A context for a configured instance; its records are stored under the instance id.</summary>
    public ConnectorContext Create(ConnectorInstance instance, IConnector connector) =>
        Create(instance.Id, instance.Id, instance.PluginId, instance.Settings, connector);

    /// <summary>A context for any read, e.g. a one-off import stored under <paramref name="source"/>.</summary>
    public ConnectorContext Create(string connectorId, string source, string pluginId, IReadOnlyDictionary<string, string> settings, IConnector connector) =>
        new(connectorId, source, new DictionarySettings(settings, connector.Settings),
            loggers.CreateLogger($"Hub.Connector.{pluginId}"), httpClients.CreateClient(HttpClientName));
}
