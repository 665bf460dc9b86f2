using System.Globalization;
using System.Text.Json;

namespace Hub.SampleData.Fakes;

/// <summary>GitHub's REST shapes for the fake's data: the fields Octokit and other clients read, named as GitHub names them.</summary>
internal sealed class FakeGitHubJson(FakeGitHubStore store, Uri web)
{
    public static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private readonly Uri _api = new(web, "api/v3/");

    public object SimpleUser(FakeGitHubUser user) => new
    {
        user.Login,
        user.Id,
        NodeId = NodeId("U", user.Id),
        AvatarUrl = $"{web}avatars/u/{user.Id}",
        Url = $"{_api}users/{user.Login}",
        HtmlUrl = $"{web}{user.Login}",
        user.Type,
        SiteAdmin = false,
    };

    public object User(FakeGitHubUser user) => new
    {
        user.Login,
        user.Id,
        NodeId = NodeId("U", user.Id),
        AvatarUrl = $"{web}avatars/u/{user.Id}",
        Url = $"{_api}users/{user.Login}",
        HtmlUrl = $"{web}{user.Login}",
        user.Type,
        SiteAdmin = false,
        user.Name,
        user.Company,
        Blog = user.Blog ?? "",
        user.Location,
        user.Email,
        Bio = (string?)null,
        PublicRepos = 0,
        PublicGists = 0,
        user.Followers,
        Following = 0,
        CreatedAt = Time(user.CreatedAt),
        UpdatedAt = Time(user.CreatedAt),
    };

    public object Repository(FakeGitHubRepository repository) => new
    {
        repository.Id,
        NodeId = NodeId("R", repository.Id),
        repository.Name,
        repository.FullName,
        Private = repository.IsPrivate,
        Visibility = repository.IsPrivate ? "private" : "public",
        Owner = new { Login = repository.Owner, Id = 1, Type = "Organization", Url = $"{_api}users/{repository.Owner}", HtmlUrl = $"{web}{repository.Owner}" },
        HtmlUrl = $"{web}{repository.FullName}",
        Url = $"{_api}repos/{repository.FullName}",
        Fork = false,
        DefaultBranch = "main",
        StargazersCount = store.StarCount(repository.FullName),
        WatchersCount = store.StarCount(repository.FullName),
        OpenIssuesCount = store.OpenIssueCount(repository.FullName),
        ForksCount = 0,
        CreatedAt = Time(new DateTimeOffset(2015, 1, 1, 0, 0, 0, TimeSpan.Zero)),
        UpdatedAt = Time(new DateTimeOffset(2015, 1, 1, 0, 0, 0, TimeSpan.Zero)),
    };

    public object Issue(FakeGitHubIssue issue)
    {
        var api = $"{_api}repos/{issue.Repository}/issues/{issue.Number}";
        var html = $"{web}{issue.Repository}/{(issue.IsPullRequest ? "pull" : "issues")}/{issue.Number}";
        return new
        {
            issue.Id,
            NodeId = NodeId(issue.IsPullRequest ? "PR" : "I", issue.Id),
            Url = api,
            RepositoryUrl = $"{_api}repos/{issue.Repository}",
            CommentsUrl = api + "/comments",
            EventsUrl = api + "/events",
            HtmlUrl = html,
            issue.Number,
            State = issue.ClosedAt is null ? "open" : "closed",
            issue.Title,
            issue.Body,
            User = SimpleUser(store.Author(issue.Author)),
            Labels = Array.Empty<object>(),
            Assignee = (object?)null,
            Assignees = Array.Empty<object>(),
            Locked = false,
            issue.Comments,
            PullRequest = issue.IsPullRequest
                ? new { Url = $"{_api}repos/{issue.Repository}/pulls/{issue.Number}", HtmlUrl = html, DiffUrl = html + ".diff", PatchUrl = html + ".patch" }
                : null,
            ClosedAt = issue.ClosedAt is { } closed ? Time(closed) : null,
            CreatedAt = Time(issue.CreatedAt),
            UpdatedAt = Time(issue.UpdatedAt),
            AuthorAssociation = "NONE",
        };
    }

    public object Comment(FakeGitHubComment comment) => new
    {
        comment.Id,
        NodeId = NodeId("IC", comment.Id),
        Url = $"{_api}repos/{comment.Repository}/issues/comments/{comment.Id}",
        HtmlUrl = $"{web}{comment.Repository}/issues/{comment.IssueNumber}#issuecomment-{comment.Id}",
        IssueUrl = $"{_api}repos/{comment.Repository}/issues/{comment.IssueNumber}",
        comment.Body,
        User = SimpleUser(store.Author(comment.Author)),
        CreatedAt = Time(comment.CreatedAt),
        UpdatedAt = Time(comment.UpdatedAt),
        AuthorAssociation = "NONE",
    };

    public object Star(FakeGitHubStar star) => new { StarredAt = Time(star.StarredAt), User = SimpleUser(store.Author(star.Login)) };

    public static object Error(string message) => new { Message = message, DocumentationUrl = "https://docs.github.com/rest" };

    /// <summary>GitHub writes times in UTC to the second.</summary>
    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string NodeId(string prefix, long id) =>
        prefix + "_" + Convert.ToBase64String(BitConverter.GetBytes(id)).TrimEnd('=');
}
