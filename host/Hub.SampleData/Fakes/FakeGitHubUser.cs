namespace Hub.SampleData.Fakes;

/// <summary>An account on the fake GitHub, as <c>GET /users/{login}</c> shows it.</summary>
/// <param name="Login">The account name, unique (case-insensitively).</param>
public sealed record FakeGitHubUser(string Login)
{
    /// <summary>The numeric id; assigned by the store when left 0.</summary>
    public long Id { get; init; }

    /// <summary>The display name.</summary>
    public string? Name { get; init; }

    /// <summary>The public e-mail address.</summary>
    public string? Email { get; init; }

    /// <summary>The company field, often an @-mention such as <c>@acme</c>.</summary>
    public string? Company { get; init; }

    /// <summary>The free-text location.</summary>
    public string? Location { get; init; }

    /// <summary>The web site.</summary>
    public string? Blog { get; init; }

    /// <summary>How many accounts follow this one.</summary>
    public int Followers { get; init; }

    /// <summary><c>User</c>, <c>Organization</c> or <c>Bot</c>.</summary>
    public string Type { get; init; } = "User";

    /// <summary>When the account was created.</summary>
    public DateTimeOffset CreatedAt { get; init; } = new(2015, 1, 1, 0, 0, 0, TimeSpan.Zero);
}
