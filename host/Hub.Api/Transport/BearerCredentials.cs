using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Hub.Api.Transport;

/// <summary>Reads the API key a request presents.</summary>
internal static class BearerCredentials
{
    private const string Scheme = "Bearer";

    /// <summary>The token of an <c>Authorization: Bearer</c> header; null when there is no such header.</summary>
    public static string? Read(HttpRequest request)
    {
        var header = request.Headers[HeaderNames.Authorization].ToString();
        if (header.Length <= Scheme.Length || !header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) || header[Scheme.Length] != ' ')
            return null;
        var token = header[(Scheme.Length + 1)..].Trim();
        return token.Length == 0 ? null : token;
    }
}
