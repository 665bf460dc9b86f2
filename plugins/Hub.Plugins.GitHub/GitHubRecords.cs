using System.Globalization;
using Hub.Contracts;
using Octokit;

namespace Hub.Plugins.GitHub;

/// <summary>Turns GitHub's users, issues, comments and stars into canonical records.</summary>
internal static class GitHubRecords
{
    public const string Channel = "github";

    /// <summary>The placeholder GitHub shows for the content of accounts that were deleted.</summary>
    public const string GhostLogin = "ghost";

    private const int SummaryLength = 200;

    /// <summary>
    /// A person (or organization) from their profile. The numeric id is the key because logins can be renamed and
    /// then taken by someone else; the login is kept as an attribute.
    /// </summary>
    public static CustomerRecord Customer(User profile)
    {
        var attributes = new Dictionary<string, string>
        {
            ["login"] = profile.Login,
            ["followers"] = profile.Followers.ToString(CultureInfo.InvariantCulture),
        };
        if (Text(profile.Blog) is { } blog) attributes["blog"] = blog;
        if (Text(profile.HtmlUrl) is { } url) attributes["html_url"] = url;
        if (profile.Type is { } type && type != AccountType.User && type != AccountType.Organization)
        {
            attributes["type"] = type.ToString().ToLowerInvariant();
        }

        return new CustomerRecord
        {
            SourceId = IdOf(profile),
            Kind = profile.Type == AccountType.Organization ? CustomerKind.Organization : CustomerKind.Person,
            FullName = Text(profile.Name),
            Email = Text(profile.Email),
            // Profiles often give the employer as an @-mention of its organization.
            Company = Text(profile.Company?.Trim().TrimStart('@')),
            City = Text(profile.Location),
            Attributes = attributes,
            Position = $"users/{profile.Login}",
            UpdatedAt = profile.UpdatedAt == default ? null : profile.UpdatedAt,
        };
    }

    /// <summary>An account GitHub no longer has: the hub keeps a tombstone, not a silent leftover.</summary>
    public static CustomerRecord Tombstone(User author) => new()
    {
        SourceId = IdOf(author),
        IsDeleted = true,
        Attributes = new Dictionary<string, string> { ["login"] = author.Login },
        Position = $"users/{author.Login}",
    };

    public static bool IsGhost(User author) => author.Login.Equals(GhostLogin, StringComparison.OrdinalIgnoreCase);

    public static InteractionRecord Issue(Issue issue, RepositoryName repository) => new()
    {
        InteractionId = "issue:" + issue.Id.ToString(CultureInfo.InvariantCulture),
        CustomerSourceId = IdOf(issue.User),
        OccurredAt = issue.CreatedAt,
        Channel = Channel,
        Type = issue.PullRequest is null ? "issue-opened" : "pull-request-opened",
        Summary = Summary(issue.Title),
        Attributes = Attributes(
            ("repo", repository.FullName),
            ("url", issue.HtmlUrl),
            ("number", issue.Number.ToString(CultureInfo.InvariantCulture)),
            ("state", issue.State.StringValue)),
        Position = $"{repository} #{issue.Number}",
        UpdatedAt = issue.UpdatedAt,
    };

    public static InteractionRecord Comment(IssueComment comment, RepositoryName repository) => new()
    {
        InteractionId = "comment:" + comment.Id.ToString(CultureInfo.InvariantCulture),
        CustomerSourceId = IdOf(comment.User),
        OccurredAt = comment.CreatedAt,
        Channel = Channel,
        Type = "issue-comment",
        Summary = Summary(comment.Body),
        Attributes = Attributes(("repo", repository.FullName), ("url", comment.HtmlUrl)),
        Position = $"{repository} comment {comment.Id}",
        UpdatedAt = comment.UpdatedAt,
    };

    public static InteractionRecord Star(UserStar star, RepositoryName repository, string? repositoryUrl) => new()
    {
        // One star per person and repository: starring again after withdrawing updates the same interaction.
        InteractionId = $"star:{repository.Key}:{IdOf(star.User)}",
        CustomerSourceId = IdOf(star.User),
        OccurredAt = star.StarredAt,
        Channel = Channel,
        Type = "starred",
        Summary = $"starred {repository}",
        Attributes = Attributes(("repo", repository.FullName), ("url", repositoryUrl)),
        Position = $"{repository} stargazer {star.User.Login}",
        UpdatedAt = star.StarredAt,
    };

    public static string IdOf(User user) => user.Id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The first line with text, cut to a length that reads as a summary.</summary>
    private static string? Summary(string? text)
    {
        var line = text?.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
        return line is null || line.Length <= SummaryLength ? line : line[..(SummaryLength - 1)].TrimEnd() + "…";
    }

    private static Dictionary<string, string> Attributes(params (string Name, string? Value)[] pairs) =>
        pairs.Where(p => !string.IsNullOrWhiteSpace(p.Value)).ToDictionary(p => p.Name, p => p.Value!);

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
