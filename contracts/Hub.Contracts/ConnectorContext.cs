using Microsoft.Extensions.Logging;

namespace Hub.Contracts;

/// <summary>Everything a connector knows about the instance it is reading for.</summary>
public sealed class ConnectorContext
{
    /// <summary>Creates a context; the host does this for every check and sync.</summary>
    public ConnectorContext(string connectorId, string source, ISettings settings, ILogger logger, HttpClient? httpClient = null)
    {
        ConnectorId = connectorId;
        Source = source;
        Settings = settings;
        Logger = logger;
        HttpClient = httpClient;
    }

    /// <summary>The instance id given to <c>hub connectors add</c>.</summary>
    public string ConnectorId { get; }

    /// <summary>The source name the instance's records are stored under (the first half of every record key).</summary>
    public string Source { get; }

    /// <summary>The instance's settings, secrets included.</summary>
    public ISettings Settings { get; }

    /// <summary>A logger whose lines carry the run and connector ids.</summary>
    public ILogger Logger { get; }

    /// <summary>An HTTP client the host has already wrapped with retries, timeouts and a circuit breaker; null where the host offers none.</summary>
    public HttpClient? HttpClient { get; }
}
