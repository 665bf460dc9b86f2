using System.Text.Json;

namespace Hub.Benchmarks.Scenarios.Api;

/// <summary>What a client needs from a page to go on: its customers' ids, whether another page follows, and where.</summary>
internal sealed record PageReply(IReadOnlyList<string> Ids, bool HasNextPage, string? EndCursor)
{
    /// <summary>
    /// Reads the hub's GraphQL response (<c>data.customers</c>) or the plain endpoint's (the same shape at the root).
    /// </summary>
    /// <exception cref="InvalidOperationException">when the response carries errors or lacks the page.</exception>
    public static PageReply Read(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        if (root.TryGetProperty("errors", out var errors))
            throw new InvalidOperationException($"the API answered with errors: {errors.GetRawText()}");
        var page = root.TryGetProperty("data", out var data) ? data.GetProperty("customers") : root;
        var ids = page.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!).ToList();
        var info = page.GetProperty("pageInfo");
        return new PageReply(ids, info.GetProperty("hasNextPage").GetBoolean(), info.GetProperty("endCursor").GetString());
    }
}
