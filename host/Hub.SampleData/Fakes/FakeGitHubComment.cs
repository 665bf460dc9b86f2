namespace Hub.SampleData.Fakes;

/// <summary>A comment on an issue or pull request.</summary>
/// <param name="Id">The global numeric id.</param>
/// <param name="Repository">The repository's <c>owner/name</c>.</param>
/// <param name="IssueNumber">The issue it belongs to.</param>
/// <param name="Author">The commenter's login.</param>
/// <param name="Body">The text.</param>
/// <param name="CreatedAt">When it was written.</param>
/// <param name="UpdatedAt">When it was last edited; what <c>since</c> filters on.</param>
public sealed record FakeGitHubComment(
    long Id, string Repository, int IssueNumber, string Author, string Body, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
