using System.Data.Common;
using System.Net;
using System.Net.Sockets;
using Hub.Contracts;
using Polly;

namespace Hub.Pipeline.Runs;

/// <summary>
/// Tells transient sync failures (worth a retry) from permanent ones (worth a message saying what to fix). Plugins wrap
/// their clients' errors in their own exceptions, so the whole chain of inner exceptions is read: an HTTP status found
/// anywhere decides, then the kind of the innermost cause.
/// </summary>
public static class FailureClassifier
{
    /// <summary>
    /// Classifies <paramref name="exception"/>, raised while syncing <paramref name="connectorId"/> whose plugin declares
    /// <paramref name="settings"/>; <paramref name="isTransientStoreFailure"/> recognises the hub database's passing errors.
    /// </summary>
    /// <remarks>
    /// Call it only for failures the run's own cancellation did not cause: any other cancellation is a client's timeout,
    /// hence transient. Failures nothing here recognises are permanent: they are bugs or data the source will send again
    /// unchanged, and retrying them would only delay the error and hide it behind a retry count.
    /// </remarks>
    public static Failure Classify(Exception exception, string connectorId, IReadOnlyList<SettingDefinition> settings, Func<Exception, bool> isTransientStoreFailure)
    {
        ArgumentNullException.ThrowIfNull(isTransientStoreFailure);
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(settings);
        var chain = Chain(exception).ToList();
        // A call that hung past its timeout: retrying would most likely hang again, and the message says what to change.
        if (chain.OfType<ConnectorCallTimeoutException>().FirstOrDefault() is { } hung)
            return new Failure(FailureKind.Permanent, hung.Message);
        if (chain.Select(StatusOf).FirstOrDefault(s => s is not null) is { } status)
            return FromStatus(status, exception, connectorId, settings);
        if (chain.OfType<InvalidSettingException>().FirstOrDefault() is { } setting)
            return new Failure(FailureKind.Permanent, setting.Message);
        return chain.Any(e => IsTransient(e) || isTransientStoreFailure(e))
            ? new Failure(FailureKind.Transient, exception.Message)
            : new Failure(FailureKind.Permanent, exception.Message) { Unrecognised = true };
    }

    private static bool IsTransient(Exception exception) => exception switch
    {
        HttpRequestException or HttpIOException or SocketException or TimeoutException => true,
        // A client's own timeout (HttpClient's, a driver's); the run's cancellation never reaches the classifier.
        OperationCanceledException => true,
        // Polly's attempt timeout and open circuit breaker in the host's HTTP pipeline.
        ExecutionRejectedException => true,
        // A database driver that knows its passing errors (SQLite's does not say; the store tells those).
        DbException { IsTransient: true } => true,
        _ => false,
    };

    private static Failure FromStatus(HttpStatusCode status, Exception exception, string connectorId, IReadOnlyList<SettingDefinition> settings)
    {
        var code = (int)status;
        if (code is >= 500 or 408 or 429) return new Failure(FailureKind.Transient, exception.Message);

        // A plugin that caught the refusal and said in its own words what it means has said what to fix; a bare client
        // error says only the status, so the hub adds the advice.
        if (exception is not HttpRequestException && StatusOf(exception) is null)
            return new Failure(FailureKind.Permanent, exception.Message);

        var advice = code switch
        {
            401 or 407 => $"the source refused the credentials (HTTP {code}): check {Secrets(settings)} of connector '{connectorId}' " +
                $"('hub connectors check {connectorId}' tries them; to change one, remove the connector and add it again with --set {SecretExample(settings)}=...)",
            403 => $"the source refused access (HTTP 403): the credentials in {Secrets(settings)} of connector '{connectorId}' lack a permission " +
                "the connector needs; grant it at the source or use other credentials",
            404 => $"the source has nothing at the address asked for (HTTP 404): check the addresses and names in the settings of connector '{connectorId}' ('hub connectors list' shows them)",
            _ => $"the source rejected the request (HTTP {code}): check the settings of connector '{connectorId}' ('hub connectors list' shows them)",
        };
        return new Failure(FailureKind.Permanent, $"{advice}. Details: {exception.Message}");
    }

    private static string Secrets(IReadOnlyList<SettingDefinition> settings)
    {
        var names = settings.Where(s => s.Secret).Select(s => $"'{s.Name}'").ToList();
        return names.Count switch
        {
            0 => "the credentials in the settings",
            1 => $"the secret setting {names[0]}",
            _ => $"the secret settings {string.Join(", ", names)}",
        };
    }

    private static string SecretExample(IReadOnlyList<SettingDefinition> settings) =>
        settings.FirstOrDefault(s => s.Secret)?.Name ?? "SETTING";

    // HttpClient's status, or that of a client library's exception that carries one (Octokit's ApiException has a
    // StatusCode property); plugins' types are not known to the hub, so the property is found by name.
    private static HttpStatusCode? StatusOf(Exception exception) => exception switch
    {
        HttpRequestException http => http.StatusCode,
        _ => exception.GetType().GetProperty("StatusCode")?.GetValue(exception) is HttpStatusCode code && (int)code >= 400 ? code : null,
    };

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is AggregateException aggregate)
            {
                foreach (var inner in aggregate.Flatten().InnerExceptions.SelectMany(Chain)) yield return inner;
                yield break;
            }

            yield return current;
        }
    }
}
