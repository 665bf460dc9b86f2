using Hub.Core;
using Hub.Core.Model;

namespace Hub.Server.Cli;

/// <summary>What the identity commands (merge, split, customer set...) read from their arguments, with the messages for mistakes.</summary>
internal static class IdentityArguments
{
    /// <summary>The customer number of <c>cus_N</c>.</summary>
    public static long CustomerNumber(string text) =>
        CustomerId.TryParse(text, out var number)
            ? number
            : throw new UserFacingException($"'{text}' is not a customer id; customer ids look like cus_42 (see 'hub export clusters')");

    /// <summary>The reason an operator gave; every identity decision needs one, for whoever reads the log later.</summary>
    public static string Reason(string? typed) =>
        string.IsNullOrWhiteSpace(typed)
            ? throw new UserFacingException("say why with --reason \"...\"; identity decisions are kept in the decision log with their reason")
            : typed.Trim();

    /// <summary>Who decides: the operating-system user running the command.</summary>
    public static string Actor => Environment.UserName is { Length: > 0 } user ? user : "unknown";
}
