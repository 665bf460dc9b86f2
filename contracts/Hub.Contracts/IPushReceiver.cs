namespace Hub.Contracts;

/// <summary>
/// A connector that also accepts records pushed to the hub over HTTP, at <c>POST /ingest/{connector id}</c> and
/// <c>POST /ingest/{connector id}/{path}</c>. Implement it on the same class as <see cref="IConnector"/>.
/// The host owns the endpoint: it limits body size (413), stores the records with the same validation and
/// quarantine as a sync, and answers only after they are durable.
/// </summary>
public interface IPushReceiver
{
    /// <summary>Whether the request carries the instance's credentials (e.g. a token in its settings). The host answers 401 when not.</summary>
    bool IsAuthorized(PushRequest request, ISettings settings);

    /// <summary>
    /// Turns a pushed body into records. Throw <see cref="PushRejectedException"/> for a body that cannot be read
    /// (the host answers 400 with its message and stores nothing); put single unusable items in <see cref="PushResult.Rejected"/>.
    /// </summary>
    PushResult Receive(PushRequest request, ConnectorContext context);
}
