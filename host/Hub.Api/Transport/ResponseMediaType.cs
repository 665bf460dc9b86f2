using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Hub.Api.Transport;

/// <summary>Content negotiation as the GraphQL-over-HTTP spec describes it.</summary>
internal static class ResponseMediaType
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The newer <c>application/graphql-response+json</c> when the client names it at least as strongly as
    /// <c>application/json</c>; otherwise <c>application/json</c>, which is also what the spec tells servers to assume
    /// for clients that send no Accept header (or only wildcards): they predate the newer type.
    /// </summary>
    public static string Choose(HttpRequest request)
    {
        var graphQL = Quality(request, GraphQLResponse);
        return graphQL > 0 && graphQL >= Quality(request, Json) ? GraphQLResponse : Json;
    }

    /// <summary>Whether a browser is asking: it names text/html explicitly, which API clients never do.</summary>
    public static bool AcceptsHtml(HttpRequest request) => Quality(request, "text/html") > 0;

    private static double Quality(HttpRequest request, string mediaType)
    {
        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted)) return 0;
        double best = 0;
        foreach (var value in accepted)
        {
            if (!value.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase)) continue;
            best = Math.Max(best, value.Quality ?? 1.0);
        }
        return best;
    }
}
