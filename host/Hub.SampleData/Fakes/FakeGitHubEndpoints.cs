using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Http;

namespace Hub.SampleData.Fakes;

/// <summary>The fake's REST endpoints, each answering with GitHub's status codes and shapes.</summary>
internal sealed class FakeGitHubEndpoints(FakeGitHubStore store)
{
    private const string StarMediaType = "application/vnd.github.star+json";

    public Task RepositoryAsync(HttpContext context)
    {
        if (Visible(context) is not { } repository) return NotFoundAsync(context);
        return WriteAsync(context, HttpStatusCode.OK, Json(context).Repository(repository));
    }

    public Task IssuesAsync(HttpContext context)
    {
        if (Visible(context) is not { } repository) return NotFoundAsync(context);
        if (!TrySince(context, out var since)) return InvalidAsync(context, "since");

        var query = context.Request.Query;
        var issues = store.Issues(repository.FullName, since, query["state"].ToString() is { Length: > 0 } state ? state : "open");
        Func<FakeGitHubIssue, long> key = query["sort"].ToString() switch
        {
            "updated" => i => i.UpdatedAt.ToUnixTimeSeconds(),
            "comments" => i => i.Comments,
            _ => i => i.CreatedAt.ToUnixTimeSeconds(),
        };
        var ascending = query["direction"] == "asc";
        var ordered = ascending ? issues.OrderBy(key).ThenBy(i => i.Id) : issues.OrderByDescending(key).ThenByDescending(i => i.Id);
        var json = Json(context);
        return WriteAsync(context, HttpStatusCode.OK, FakeGitHubPaging.Page(ordered.ToList(), context).Select(json.Issue).ToList());
    }

    public Task CommentsAsync(HttpContext context)
    {
        if (Visible(context) is not { } repository) return NotFoundAsync(context);
        if (!TrySince(context, out var since)) return InvalidAsync(context, "since");

        var query = context.Request.Query;
        var comments = store.Comments(repository.FullName, since);
        Func<FakeGitHubComment, long> key = query["sort"] == "updated" ? c => c.UpdatedAt.ToUnixTimeSeconds() : c => c.CreatedAt.ToUnixTimeSeconds();
        // Unlike issues, comments come oldest first unless asked otherwise.
        var descending = query["direction"] == "desc";
        var ordered = descending ? comments.OrderByDescending(key).ThenByDescending(c => c.Id) : comments.OrderBy(key).ThenBy(c => c.Id);
        var json = Json(context);
        return WriteAsync(context, HttpStatusCode.OK, FakeGitHubPaging.Page(ordered.ToList(), context).Select(json.Comment).ToList());
    }

    public Task StargazersAsync(HttpContext context)
    {
        if (Visible(context) is not { } repository) return NotFoundAsync(context);

        var page = FakeGitHubPaging.Page(store.Stars(repository.FullName), context);
        var json = Json(context);
        // The star times come only with GitHub's star media type; the plain form lists the accounts.
        var withTimes = context.Request.Headers.Accept.ToString().Contains(StarMediaType, StringComparison.OrdinalIgnoreCase);
        var body = withTimes ? page.Select(json.Star).ToList() : page.Select(s => json.SimpleUser(store.Author(s.Login))).ToList();
        return WriteAsync(context, HttpStatusCode.OK, body);
    }

    public Task UserAsync(HttpContext context)
    {
        var login = (string)context.Request.RouteValues["login"]!;
        return store.FindProfile(login) is { } user
            ? WriteAsync(context, HttpStatusCode.OK, Json(context).User(user))
            : NotFoundAsync(context);
    }

    public static Task WriteAsync(HttpContext context, HttpStatusCode status, object body)
    {
        context.Response.StatusCode = (int)status;
        return context.Response.WriteAsJsonAsync(body, body.GetType(), FakeGitHubJson.Options, "application/json; charset=utf-8");
    }

    /// <summary>GitHub answers 404, not 403, for a private repository the caller may not see, so as not to reveal it.</summary>
    private FakeGitHubRepository? Visible(HttpContext context)
    {
        var values = context.Request.RouteValues;
        var repository = store.FindRepository((string)values["owner"]!, (string)values["repo"]!);
        return repository is { IsPrivate: true } && !FakeGitHub.IsAuthenticated(context) ? null : repository;
    }

    private static bool TrySince(HttpContext context, out DateTimeOffset? since)
    {
        since = null;
        var value = context.Request.Query["since"].ToString();
        if (value.Length == 0) return true;
        if (!DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)) return false;
        since = parsed;
        return true;
    }

    /// <summary>Links in answers point at the address the client used.</summary>
    private FakeGitHubJson Json(HttpContext context) => new(store, new Uri($"{context.Request.Scheme}://{context.Request.Host}/"));

    private static Task NotFoundAsync(HttpContext context) => WriteAsync(context, HttpStatusCode.NotFound, FakeGitHubJson.Error("Not Found"));

    private static Task InvalidAsync(HttpContext context, string field) =>
        WriteAsync(context, HttpStatusCode.UnprocessableEntity, FakeGitHubJson.Error($"Validation Failed: invalid {field}"));
}
