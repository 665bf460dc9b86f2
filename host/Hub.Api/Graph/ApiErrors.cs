using GraphQL;

namespace Hub.Api.Graph;

/// <summary>Errors a caller can fix, with the codes clients can branch on.</summary>
internal static class ApiErrors
{
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>The key is valid but may not do this (too weak a role, or no personal-data scope); the transport answers 403.</summary>
    public const string Forbidden = "FORBIDDEN";

    public static ExecutionError BadInput(string message) => new(message) { Code = BadUserInput };

    public static ExecutionError Refused(string message) => new(message) { Code = Forbidden };
}
