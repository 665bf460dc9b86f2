namespace Hub.SampleData.Fakes;

/// <summary>An issue or pull request (GitHub lists both as issues).</summary>
/// <param name="Id">The global numeric id.</param>
/// <param name="Repository">The repository's <c>owner/name</c>.</param>
/// <param name="Number">The number within the repository.</param>
/// <param name="Author">The login of whoever opened it.</param>
/// <param name="Title">The title.</param>
/// <param name="IsPullRequest">Whether it is a pull request.</param>
/// <param name="CreatedAt">When it was opened.</param>
/// <param name="UpdatedAt">When it last changed; what <c>since</c> filters on.</param>
public sealed record FakeGitHubIssue(
    long Id, string Repository, int Number, string Author, string Title, bool IsPullRequest, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    /// <summary>The description.</summary>
    public string? Body { get; init; }

    /// <summary>When it was closed, or null while open.</summary>
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>How many comments it has.</summary>
    public int Comments { get; init; }
}
