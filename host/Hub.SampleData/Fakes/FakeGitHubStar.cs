namespace Hub.SampleData.Fakes;

/// <summary>Someone starring a repository.</summary>
/// <param name="Repository">The repository's <c>owner/name</c>.</param>
/// <param name="Login">Who starred it.</param>
/// <param name="StarredAt">When.</param>
public sealed record FakeGitHubStar(string Repository, string Login, DateTimeOffset StarredAt);
