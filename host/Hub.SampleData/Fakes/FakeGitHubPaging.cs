using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Hub.SampleData.Fakes;

/// <summary>GitHub's page-number pagination: <c>per_page</c> (default 30, at most 100), <c>page</c>, and the <c>Link</c> header.</summary>
internal static class FakeGitHubPaging
{
    private const int DefaultPageSize = 30;
    private const int MaxPageSize = 100;

    public static IReadOnlyList<T> Page<T>(IReadOnlyList<T> items, HttpContext context)
    {
        var query = context.Request.Query;
        var size = Math.Clamp(Number(query["per_page"], DefaultPageSize), 1, MaxPageSize);
        var page = Math.Max(Number(query["page"], 1), 1);
        var last = Math.Max((items.Count + size - 1) / size, 1);

        var links = new List<string>();
        if (page < last)
        {
            links.Add(Link(context, page + 1, "next"));
            links.Add(Link(context, last, "last"));
        }

        if (page > 1)
        {
            links.Add(Link(context, 1, "first"));
            links.Add(Link(context, Math.Min(page - 1, last), "prev"));
        }

        if (links.Count > 0) context.Response.Headers["Link"] = string.Join(", ", links);
        return items.Skip((page - 1) * size).Take(size).ToList();
    }

    private static string Link(HttpContext context, int page, string rel)
    {
        var request = context.Request;
        var query = request.Query.ToDictionary(q => q.Key, q => (string?)q.Value.ToString());
        query["page"] = page.ToString(CultureInfo.InvariantCulture);
        var url = QueryHelpers.AddQueryString($"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}", query);
        return $"<{url}>; rel=\"{rel}\"";
    }

    private static int Number(string? value, int fallback) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : fallback;
}
