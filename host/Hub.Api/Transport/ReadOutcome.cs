using GraphQL.Transport;
using Microsoft.AspNetCore.Http;

namespace Hub.Api.Transport;

/// <summary>A GraphQL request read from HTTP, or why none could be read (with the status and error code to answer).</summary>
internal sealed record ReadOutcome(GraphQLRequest? Request, int Status, string? Message, string Code)
{
    public const string BadRequest = "BAD_REQUEST";

    public static ReadOutcome Success(GraphQLRequest request) => new(request, StatusCodes.Status200OK, null, "");

    public static ReadOutcome Failure(int status, string message, string code = BadRequest) => new(null, status, message, code);
}
