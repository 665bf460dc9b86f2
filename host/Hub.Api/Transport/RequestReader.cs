using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Hub.Api.Limits;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace Hub.Api.Transport;

/// <summary>Turns a GET query string or a POST JSON body into a GraphQL request, refusing what the spec says to refuse.</summary>
internal sealed class RequestReader
{
    private readonly IGraphQLTextSerializer _serializer;
    private readonly ApiLimits _limits;

    public RequestReader(IGraphQLTextSerializer serializer, ApiLimits limits)
    {
        _serializer = serializer;
        _limits = limits;
    }

    public ReadOutcome ReadQueryString(HttpRequest request)
    {
        var query = request.Query;
        Inputs? variables = null, extensions = null;
        if (!TryParseInputs(query["variables"], out variables))
            return ReadOutcome.Failure(StatusCodes.Status400BadRequest, "The variables parameter must be a JSON object, URL-encoded, e.g. variables=%7B%22first%22%3A10%7D.");
        if (!TryParseInputs(query["extensions"], out extensions))
            return ReadOutcome.Failure(StatusCodes.Status400BadRequest, "The extensions parameter must be a JSON object, URL-encoded.");
        return Complete(new GraphQLRequest
        {
            Query = query["query"].ToString(),
            OperationName = NullIfEmpty(query["operationName"].ToString()),
            Variables = variables,
            Extensions = extensions,
        });
    }

    public async Task<ReadOutcome> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!IsJson(request.ContentType))
            return ReadOutcome.Failure(StatusCodes.Status415UnsupportedMediaType,
                $"Send the request body as JSON with 'Content-Type: {ResponseMediaType.Json}' (UTF-8), not '{request.ContentType}'.");
        if (request.ContentLength > _limits.MaxBodyBytes)
            return TooLarge();

        // Kestrel's own cap (30 MB unless configured) becomes this endpoint's, so a limit set above it still works.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } serverLimit)
            serverLimit.MaxRequestBodySize = _limits.MaxBodyBytes;

        using var body = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                // Content-Length can be absent (chunked upload), so the limit is enforced on what actually arrives.
                if (body.Length + read > _limits.MaxBodyBytes) return TooLarge();
                body.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge();
        }

        GraphQLRequest? parsed;
        try
        {
            body.Position = 0;
            parsed = await _serializer.ReadAsync<GraphQLRequest>(body, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException or FormatException or ArgumentException)
        {
            return ReadOutcome.Failure(StatusCodes.Status400BadRequest,
                "The request body is not valid JSON of the form {\"query\": \"...\", \"variables\": {...}, \"operationName\": \"...\"}.");
        }
        return parsed is null
            ? ReadOutcome.Failure(StatusCodes.Status400BadRequest, "The request body must be a JSON object with a query.")
            : Complete(parsed);
    }

    private static ReadOutcome Complete(GraphQLRequest request) =>
        string.IsNullOrWhiteSpace(request.Query)
            ? ReadOutcome.Failure(StatusCodes.Status400BadRequest, "The request has no query: send a GraphQL document as 'query' (a JSON field for POST, a query-string parameter for GET).")
            : ReadOutcome.Success(request);

    private ReadOutcome TooLarge() =>
        ReadOutcome.Failure(StatusCodes.Status413PayloadTooLarge, LimitErrors.TooLargeMessage(_limits), LimitErrors.RequestTooLarge);

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type)
        && type.MediaType.Equals(ResponseMediaType.Json, StringComparison.OrdinalIgnoreCase)
        && (type.Charset.Length == 0 || type.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));

    private bool TryParseInputs(string? json, out Inputs? inputs)
    {
        inputs = null;
        if (string.IsNullOrEmpty(json)) return true;
        try
        {
            inputs = _serializer.Deserialize<Inputs>(json);
            return true;
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException or FormatException or ArgumentException)
        {
            return false;
        }
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
