using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser.AST;
using Hub.Api.Limits;
using Hub.Api.Playground;
using Hub.Core.Model;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;

namespace Hub.Api.Transport;

/// <summary>
/// The <c>/graphql</c> endpoint: GraphQL over HTTP (GET and POST), API-key authentication, content negotiation and
/// the status codes the spec asks for. Execution itself is GraphQL.NET's.
/// </summary>
internal sealed class ApiRequestHandler
{
    private const string InternalErrorCode = "INTERNAL_SERVER_ERROR";

    private readonly IDocumentExecuter _executer;
    private readonly IDocumentBuilder _documentBuilder;
    private readonly ISchema _schema;
    private readonly IGraphQLTextSerializer _serializer;
    private readonly RequestReader _reader;
    private readonly ApiKeyService _keys;
    private readonly ILogger<ApiRequestHandler> _logger;
    private readonly ApiLimits _limits;
    private readonly ApiRateLimiter _rateLimiter;
    private readonly PlaygroundAssets _playground;
    private readonly ApiMetrics _metrics;

    public ApiRequestHandler(IDocumentExecuter executer, IDocumentBuilder documentBuilder, ISchema schema,
        IGraphQLTextSerializer serializer, ApiKeyService keys, ILogger<ApiRequestHandler> logger, ApiLimits limits, ApiRateLimiter rateLimiter,
        PlaygroundAssets playground, ApiMetrics metrics)
    {
        _playground = playground;
        _metrics = metrics;
        _limits = limits;
        _rateLimiter = rateLimiter;
        _executer = executer;
        _documentBuilder = documentBuilder;
        _schema = schema;
        _serializer = serializer;
        _reader = new RequestReader(serializer, limits);
        _keys = keys;
        _logger = logger;
    }

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var cancellationToken = context.RequestAborted;
        var isGet = HttpMethods.IsGet(request.Method);
        if (!isGet && !HttpMethods.IsPost(request.Method))
        {
            context.Response.Headers.Allow = "GET, POST";
            await WriteErrorAsync(context, ResponseMediaType.Choose(request), StatusCodes.Status405MethodNotAllowed,
                "Use GET (queries) or POST to send GraphQL requests.", "METHOD_NOT_ALLOWED").ConfigureAwait(false);
            return;
        }

        if (isGet && !request.Query.ContainsKey("query") && ResponseMediaType.AcceptsHtml(request))
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            var page = _playground.AreAvailable
                ? PlaygroundPage.Render($"{request.PathBase}{request.Path}")
                : BrowserPage.Render($"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}");
            await context.Response.WriteAsync(page, cancellationToken).ConfigureAwait(false);
            return;
        }

        var mediaType = ResponseMediaType.Choose(request);
        var apiKey = await AuthenticateAsync(context, mediaType).ConfigureAwait(false);
        if (apiKey is null) return;
        if (_rateLimiter.TryAcquire(apiKey.Id) is { } retryAfter)
        {
            var seconds = (int)Math.Ceiling(retryAfter.TotalSeconds);
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await WriteAsync(context, mediaType, StatusCodes.Status429TooManyRequests, new ExecutionResult(LimitErrors.TooManyRequests(seconds, _limits))).ConfigureAwait(false);
            return;
        }

        var read = isGet ? _reader.ReadQueryString(request) : await _reader.ReadBodyAsync(request, cancellationToken).ConfigureAwait(false);
        if (read.Request is not { } graphQLRequest)
        {
            await WriteErrorAsync(context, mediaType, read.Status, read.Message!, read.Code).ConfigureAwait(false);
            return;
        }

        GraphQLDocument? document = null;
        if (isGet)
        {
            document = TryParse(graphQLRequest.Query!);
            if (document is not null && SelectOperation(document, graphQLRequest.OperationName) is { } operation && operation.Operation != OperationType.Query)
            {
                context.Response.Headers.Allow = "POST";
                await WriteErrorAsync(context, mediaType, StatusCodes.Status405MethodNotAllowed,
                    $"A {operation.Operation.ToString().ToLowerInvariant()} cannot be sent with GET (GET must not change anything); send it with POST.",
                    "METHOD_NOT_ALLOWED").ConfigureAwait(false);
                return;
            }
        }

        var result = await ExecutionDeadline.RunAsync(token => ExecuteAsync(context, graphQLRequest, document, apiKey, token),
            _limits.ExecutionTimeout, cancellationToken).ConfigureAwait(false);
        if (result is null)
        {
            _logger.LogWarning("GraphQL request of key {KeyId} (operation {Operation}) stopped after the execution timeout of {Timeout}",
                apiKey.Id, graphQLRequest.OperationName ?? "(unnamed)", _limits.ExecutionTimeout);
            await WriteAsync(context, mediaType, StatusCodes.Status504GatewayTimeout, new ExecutionResult(LimitErrors.TimedOut(_limits))).ConfigureAwait(false);
            return;
        }

        // Under the newer media type a request that never reached execution (syntax or validation error) is a client
        // error; under application/json the spec keeps 200 so that older clients read the errors from the body.
        // A valid key whose role is too weak for the operation is refused before execution: 403 under either media type.
        var status = !result.Executed && IsOnlyForbidden(result)
            ? StatusCodes.Status403Forbidden
            : mediaType == ResponseMediaType.GraphQLResponse && !result.Executed
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        await WriteAsync(context, mediaType, status, result).ConfigureAwait(false);
    }

    private async Task<ApiKey?> AuthenticateAsync(HttpContext context, string mediaType)
    {
        var presented = BearerCredentials.Read(context.Request);
        var check = presented is null ? ApiKeyCheck.Unknown : await _keys.CheckAsync(presented, context.RequestAborted).ConfigureAwait(false);
        if (check is { Status: ApiKeyStatus.Valid, Key: { } key }) return key;

        context.Response.Headers.WWWAuthenticate = presented is null ? "Bearer realm=\"hub\"" : "Bearer realm=\"hub\", error=\"invalid_token\"";
        var message = presented is null
            ? "This API needs an API key: send it as 'Authorization: Bearer <key>'. Create a key on the hub's machine with 'hub apikey create --role reader'."
            : RefusedKeyMessage(check);
        await WriteErrorAsync(context, mediaType, StatusCodes.Status401Unauthorized, message, "UNAUTHENTICATED").ConfigureAwait(false);
        return null;
    }

    // Only the holder of a real key hears that it was revoked or expired; any other token gets the one generic answer.
    private static string RefusedKeyMessage(ApiKeyCheck check)
    {
        if (check.Key is not { } key)
            return "The API key is unknown or has been revoked: send a valid key as 'Authorization: Bearer <key>', or create one with 'hub apikey create --role reader'.";
        var create = $"'hub apikey create --role {key.Role.ToString().ToLowerInvariant()}{(key.Pii ? " --pii" : "")}'";
        return check.Status == ApiKeyStatus.Expired
            ? $"The API key {key.Id} expired on {Utc(key.ExpiresAt)}: create a new key with {create} (add --expires to choose how long it lasts) and send that instead."
            : $"The API key {key.Id} was revoked on {Utc(key.RevokedAt)}: create a new key with {create} and send that instead.";
    }

    private static string Utc(DateTimeOffset? at) =>
        at?.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture) ?? "?";

    private static bool IsOnlyForbidden(ExecutionResult result) =>
        result.Errors is { Count: > 0 } errors && errors.All(e => e.Code == Graph.ApiErrors.Forbidden);

    private Task<ExecutionResult> ExecuteAsync(HttpContext context, GraphQLRequest request, GraphQLDocument? document, ApiKey apiKey, CancellationToken cancellationToken) =>
        _executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = _schema,
            Query = request.Query,
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = context.RequestServices,
            User = context.User,
            UserContext = new HubUserContext(apiKey),
            CancellationToken = cancellationToken,
            ThrowOnUnhandledException = false,
            UnhandledExceptionDelegate = exceptionContext =>
            {
                _logger.LogError(exceptionContext.OriginalException, "GraphQL request failed at {Field} (key {KeyId})",
                    exceptionContext.FieldContext?.Path is { } path ? string.Join('.', path) : "(document)", apiKey.Id);
                // Replacing the exception keeps its message, type and stack out of the response.
                exceptionContext.Exception = new ExecutionError("An internal error occurred; the hub's log has the details.") { Code = InternalErrorCode };
                return Task.CompletedTask;
            },
        });

    private GraphQLDocument? TryParse(string query)
    {
        try
        {
            return _documentBuilder.Build(query);
        }
        catch (Exception e) when (e is GraphQLParser.Exceptions.GraphQLParserException or ExecutionError)
        {
            // The executer parses again and reports the syntax error in the usual shape.
            return null;
        }
    }

    private static GraphQLOperationDefinition? SelectOperation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
    }

    private Task WriteErrorAsync(HttpContext context, string mediaType, int status, string message, string code) =>
        WriteAsync(context, mediaType, status, new ExecutionResult(new ExecutionError(message) { Code = code }));

    private async Task WriteAsync(HttpContext context, string mediaType, int status, ExecutionResult result)
    {
        _metrics.RecordRequest(status, result.Errors is { Count: > 0 });
        context.Response.StatusCode = status;
        context.Response.ContentType = mediaType + "; charset=utf-8";
        await _serializer.WriteAsync(context.Response.Body, result, context.RequestAborted).ConfigureAwait(false);
    }
}
