using System.Text.Encodings.Web;
using System.Text.Json;
using Hub.Contracts;
using Hub.Pipeline.Push;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;

namespace Hub.Api.Ingest;

/// <summary>
/// <c>POST /ingest/{connectorId}[/{path}]</c>: finds the instance (404), limits the body (413), lets the plugin check
/// the instance's credentials (401) and read the body (400, nothing stored), and answers 200 with the plugin's JSON
/// only once the records are committed.
/// </summary>
internal sealed class IngestRequestHandler(PushIngestService pushes, IngestLimits limits, ILogger<IngestRequestHandler> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        // Messages quote ids ('app') and may name things in any language; they are served as JSON, never inside HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public async Task HandleAsync(HttpContext context)
    {
        var connectorId = (string)context.Request.RouteValues["connectorId"]!;
        var path = context.Request.RouteValues["path"] as string ?? "";
        var cancellationToken = context.RequestAborted;

        var lookup = await pushes.FindAsync(connectorId, cancellationToken).ConfigureAwait(false);
        if (lookup.Target is not { } target)
        {
            var status = lookup.Status == PushTargetStatus.PluginUnavailable ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status404NotFound;
            await WriteErrorAsync(context, status, lookup.Problem!).ConfigureAwait(false);
            return;
        }

        var body = await IngestBodyReader.ReadAsync(context.Request, limits.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            await WriteErrorAsync(context, StatusCodes.Status413PayloadTooLarge,
                $"the request body is larger than the {limits.MaxBodyBytes} bytes this hub accepts per push ({IngestLimits.MaxBodyBytesKey}); send fewer records per request").ConfigureAwait(false);
            return;
        }

        var request = new PushRequest(path, context.Request.ContentType, HeadersOf(context.Request), body);
        try
        {
            if (!target.IsAuthorized(request))
            {
                context.Response.Headers.WWWAuthenticate = PushChallenge.For(context.Request);
                await WriteErrorAsync(context, StatusCodes.Status401Unauthorized,
                    $"the request does not carry the credentials of connector '{connectorId}': send the key set on the instance the way its plugin '{target.Instance.PluginId}' expects").ConfigureAwait(false);
                return;
            }

            var outcome = await pushes.AcceptAsync(target, request, cancellationToken).ConfigureAwait(false);
            if (!outcome.Stored)
            {
                await WriteErrorAsync(context, StatusCodes.Status400BadRequest, outcome.Error!).ConfigureAwait(false);
                return;
            }

            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(outcome.ResponseJson!, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidSettingException ex)
        {
            // The sender cannot fix this and should retry once an operator has; 503 says exactly that.
            logger.LogWarning("Push to connector {ConnectorId} failed on its settings: {Error}", connectorId, ex.Message);
            await WriteErrorAsync(context, StatusCodes.Status503ServiceUnavailable,
                $"connector '{connectorId}' is misconfigured and cannot take pushes: {ex.Message}").ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(ex, "Push to connector {ConnectorId} at '{Path}' failed", connectorId, path);
            await WriteErrorAsync(context, StatusCodes.Status500InternalServerError,
                "the hub could not store this request and kept none of it; send it again later (the hub's log has the details)").ConfigureAwait(false);
        }
    }

    private static Dictionary<string, string> HeadersOf(HttpRequest request)
    {
        var headers = new Dictionary<string, string>(request.Headers.Count, StringComparer.Ordinal);
        foreach (var (name, values) in request.Headers) headers[name.ToLowerInvariant()] = values.ToString();
        return headers;
    }

    private static Task WriteErrorAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new IngestError(message), Json), context.RequestAborted);
    }
}
