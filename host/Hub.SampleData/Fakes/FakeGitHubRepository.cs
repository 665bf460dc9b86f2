namespace Hub.SampleData.Fakes;

/// <summary>A repository on the fake GitHub.</summary>
/// <param name="Owner">The owning account's login.</param>
/// <param name="Name">The repository's name.</param>
/// <param name="Id">The numeric id.</param>
/// <param name="IsPrivate">Private repositories are visible only to requests that carry the right token.</param>
public sealed record FakeGitHubRepository(string Owner, string Name, long Id, bool IsPrivate)
{
    /// <summary><c>owner/name</c>.</summary>
    public string FullName => $"{Owner}/{Name}";
}
