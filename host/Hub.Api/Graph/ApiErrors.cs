using GraphQL;

namespace Hub.Api.Graph;

/// <summary>Errors a caller can fix, with the codes clients can branch on.</summary>
internal static class ApiErrors
{
    public const string BadUserInput = "BAD_USER_INPUT";

    public static ExecutionError BadInput(string message) => new(message) { Code = BadUserInput };
}
