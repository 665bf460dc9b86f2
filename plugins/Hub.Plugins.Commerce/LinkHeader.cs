using System.Text.RegularExpressions;

namespace Hub.Plugins.Commerce;

/// <summary>Reads the RFC 8288 <c>Link</c> header Shopify paginates with: <c>&lt;url&gt;; rel="previous", &lt;url&gt;; rel="next"</c>.</summary>
internal static partial class LinkHeader
{
    /// <summary>The <c>rel="next"</c> address of the response, resolved against the request's, or null on the last page.</summary>
    public static Uri? Next(HttpResponseMessage response, Uri requested)
    {
        if (!response.Headers.NonValidated.TryGetValues("Link", out var values)) return null;
        foreach (var value in values)
        {
            foreach (Match link in LinkPattern().Matches(value))
            {
                var rel = RelPattern().Match(link.Groups["params"].Value);
                if (!rel.Success) continue;
                var relations = rel.Groups["rel"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (relations.Contains("next", StringComparer.OrdinalIgnoreCase)) return new Uri(requested, link.Groups["url"].Value);
            }
        }

        return null;
    }

    [GeneratedRegex("<(?<url>[^>]*)>(?<params>[^<]*)", RegexOptions.CultureInvariant)]
    private static partial Regex LinkPattern();

    [GeneratedRegex("""\brel\s*=\s*"?(?<rel>[^";,]*)"?""", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RelPattern();
}
