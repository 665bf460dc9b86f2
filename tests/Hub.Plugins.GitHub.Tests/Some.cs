using Hub.SampleData.Fakes;

namespace Hub.Plugins.GitHub.Tests;

/// <summary>Small, readable test data for the fake GitHub.</summary>
public static class Some
{
    public const string Repository = "acme/widgets";

    public static readonly DateTimeOffset Day = new(2024, 3, 1, 9, 0, 0, TimeSpan.Zero);

    public static DateTimeOffset Minute(int minutes) => Day.AddMinutes(minutes);

    /// <summary>A repository with the given accounts in it.</summary>
    public static FakeGitHubStore Community(this FakeGitHubStore store, params string[] logins)
    {
        store.AddRepository(Repository);
        foreach (var login in logins) store.AddUser(new FakeGitHubUser(login) { Name = "Name of " + login });
        return store;
    }

    /// <summary>Issues opened by <paramref name="author"/> one minute apart, starting at <paramref name="firstMinute"/>.</summary>
    public static List<FakeGitHubIssue> Issues(this FakeGitHubStore store, string author, int count, int firstMinute = 0) =>
        Enumerable.Range(0, count).Select(i => store.AddIssue(Repository, author, $"Issue {firstMinute + i}", Minute(firstMinute + i))).ToList();

    public static string IssueId(FakeGitHubIssue issue) => $"issue:{issue.Id}";

    public static string CommentId(FakeGitHubComment comment) => $"comment:{comment.Id}";
}
