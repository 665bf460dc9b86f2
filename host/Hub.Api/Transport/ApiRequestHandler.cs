using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser.AST;
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

    public ApiRequestHandler(IDocumentExecuter executer, IDocumentBuilder documentBuilder, ISchema schema,
        IGraphQLTextSerializer serializer, ApiKeyService keys, ILogger<ApiRequestHandler> logger)
    {
        _executer = executer;
        _documentBuilder = documentBuilder;
        _schema = schema;
        _serializer = serializer;
        _reader = new RequestReader(serializer);
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
            await context.Response.WriteAsync(BrowserPage.Render($"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}"), cancellationToken).ConfigureAwait(false);
            return;
        }

        var mediaType = ResponseMediaType.Choose(request);
        var apiKey = await AuthenticateAsync(context, mediaType).ConfigureAwait(false);
        if (apiKey is null) return;

        var read = isGet ? _reader.ReadQueryString(request) : await _reader.ReadBodyAsync(request, cancellationToken).ConfigureAwait(false);
        if (read.Request is not { } graphQLRequest)
        {
            await WriteErrorAsync(context, mediaType, read.Status, read.Message!, "BAD_REQUEST").ConfigureAwait(false);
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

        var result = await ExecuteAsync(context, graphQLRequest, document, apiKey).ConfigureAwait(false);
        // Under the newer media type a request that never reached execution (syntax or validation error) is a client
        // error; under application/json the spec keeps 200 so that older clients read the errors from the body.
        var status = mediaType == ResponseMediaType.GraphQLResponse && !result.Executed
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        await WriteAsync(context, mediaType, status, result).ConfigureAwait(false);
    }

    private async Task<ApiKey?> AuthenticateAsync(HttpContext context, string mediaType)
    {
        var presented = BearerCredentials.Read(context.Request);
        var key = presented is null ? null : await _keys.AuthenticateAsync(presented, context.RequestAborted).ConfigureAwait(false);
        if (key is not null) return key;

        context.Response.Headers.WWWAuthenticate = presented is null ? "Bearer realm=\"hub\"" : "Bearer realm=\"hub\", error=\"invalid_token\"";
        var message = presented is null
            ? "This API needs an API key: send it as 'Authorization: Bearer <key>'. Create a key on the hub's machine with 'hub apikey create --role reader'."
            : "The API key is unknown or has been revoked: send a valid key as 'Authorization: Bearer <key>', or create one with 'hub apikey create --role reader'.";
        await WriteErrorAsync(context, mediaType, StatusCodes.Status401Unauthorized, message, "UNAUTHENTICATED").ConfigureAwait(false);
        return null;
    }

    private Task<ExecutionResult> ExecuteAsync(HttpContext context, GraphQLRequest request, GraphQLDocument? document, ApiKey apiKey) =>
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
            CancellationToken = context.RequestAborted,
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
        context.Response.StatusCode = status;
        context.Response.ContentType = mediaType + "; charset=utf-8";
        await _serializer.WriteAsync(context.Response.Body, result, context.RequestAborted).ConfigureAwait(false);
    }
}
