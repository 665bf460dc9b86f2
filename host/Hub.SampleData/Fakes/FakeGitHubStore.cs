namespace Hub.SampleData.Fakes;

/// <summary>
/// The fake GitHub's data, in memory: accounts, repositories, issues and pull requests, comments and stars. Safe to
/// change while the server answers. Times are kept to whole seconds, as GitHub keeps them.
/// </summary>
public sealed class FakeGitHubStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, FakeGitHubUser> _users = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _deleted = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, FakeGitHubRepository> _repositories = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<FakeGitHubIssue> _issues = [];
    private readonly List<FakeGitHubComment> _comments = [];
    private readonly List<FakeGitHubStar> _stars = [];
    private long _lastUserId = 1000, _lastRepositoryId = 100, _lastIssueId = 5_000_000, _lastCommentId = 9_000_000;

    /// <summary>Every account, deleted ones included, in the order they were added.</summary>
    public IReadOnlyList<FakeGitHubUser> Users
    {
        get { lock (_gate) return [.. _users.Values.OrderBy(u => u.Id)]; }
    }

    /// <summary>Adds an account, or replaces the profile of the account with that login (keeping its id).</summary>
    public FakeGitHubUser AddUser(FakeGitHubUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentException.ThrowIfNullOrWhiteSpace(user.Login);
        lock (_gate)
        {
            var id = _users.TryGetValue(user.Login, out var existing) ? existing.Id : user.Id > 0 ? user.Id : ++_lastUserId;
            _lastUserId = Math.Max(_lastUserId, id);
            var stored = user with { Id = id, CreatedAt = Seconds(user.CreatedAt) };
            _users[user.Login] = stored;
            _deleted.Remove(user.Login);
            return stored;
        }
    }

    /// <summary>Deletes an account: its profile answers 404 from now on, while its issues and comments stay.</summary>
    public void DeleteUser(string login)
    {
        lock (_gate)
        {
            RequireUser(login);
            _deleted.Add(login);
        }
    }

    /// <summary>Adds a repository, <c>owner/name</c>; adding it again only changes whether it is private.</summary>
    public FakeGitHubRepository AddRepository(string fullName, bool isPrivate = false)
    {
        var parts = (fullName ?? "").Split('/');
        if (parts.Length != 2 || parts.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException($"a repository is named owner/name, not '{fullName}'", nameof(fullName));
        }

        lock (_gate)
        {
            var repository = _repositories.TryGetValue(fullName!, out var existing)
                ? existing with { IsPrivate = isPrivate }
                : new FakeGitHubRepository(parts[0], parts[1], ++_lastRepositoryId, isPrivate);
            _repositories[repository.FullName] = repository;
            return repository;
        }
    }

    /// <summary>Opens an issue, or a pull request, numbered after the repository's last one.</summary>
    public FakeGitHubIssue AddIssue(string repository, string author, string title, DateTimeOffset createdAt, bool isPullRequest = false, string? body = null)
    {
        lock (_gate)
        {
            var full = RequireRepository(repository).FullName;
            RequireUser(author);
            var number = _issues.Where(i => i.Repository == full).Select(i => i.Number).DefaultIfEmpty().Max() + 1;
            var at = Seconds(createdAt);
            var issue = new FakeGitHubIssue(++_lastIssueId, full, number, _users[author].Login, title, isPullRequest, at, at) { Body = body };
            _issues.Add(issue);
            return issue;
        }
    }

    /// <summary>Changes an issue at <paramref name="updatedAt"/>: a new title, or closing or reopening it.</summary>
    public FakeGitHubIssue UpdateIssue(string repository, int number, DateTimeOffset updatedAt, string? title = null, bool? closed = null)
    {
        lock (_gate)
        {
            var index = IssueIndex(repository, number);
            var issue = _issues[index];
            var at = Seconds(updatedAt);
            var updated = issue with
            {
                Title = title ?? issue.Title,
                UpdatedAt = at,
                ClosedAt = closed switch { true => issue.ClosedAt ?? at, false => null, null => issue.ClosedAt },
            };
            _issues[index] = updated;
            return updated;
        }
    }

    /// <summary>Comments on an issue; like GitHub, this also counts as an update of the issue.</summary>
    public FakeGitHubComment AddComment(string repository, int issueNumber, string author, string body, DateTimeOffset createdAt)
    {
        lock (_gate)
        {
            var index = IssueIndex(repository, issueNumber);
            RequireUser(author);
            var issue = _issues[index];
            var at = Seconds(createdAt);
            var comment = new FakeGitHubComment(++_lastCommentId, issue.Repository, issueNumber, _users[author].Login, body, at, at);
            _comments.Add(comment);
            _issues[index] = issue with { Comments = issue.Comments + 1, UpdatedAt = at > issue.UpdatedAt ? at : issue.UpdatedAt };
            return comment;
        }
    }

    /// <summary>Edits a comment at <paramref name="updatedAt"/>.</summary>
    public FakeGitHubComment UpdateComment(long id, string body, DateTimeOffset updatedAt)
    {
        lock (_gate)
        {
            var index = _comments.FindIndex(c => c.Id == id);
            if (index < 0) throw new ArgumentException($"there is no comment {id}", nameof(id));
            var updated = _comments[index] with { Body = body, UpdatedAt = Seconds(updatedAt) };
            _comments[index] = updated;
            return updated;
        }
    }

    /// <summary>Stars a repository; starring it again moves the star to the new time, as on GitHub.</summary>
    public FakeGitHubStar AddStar(string repository, string login, DateTimeOffset starredAt)
    {
        lock (_gate)
        {
            var full = RequireRepository(repository).FullName;
            RequireUser(login);
            _stars.RemoveAll(s => s.Repository == full && s.Login.Equals(login, StringComparison.OrdinalIgnoreCase));
            var star = new FakeGitHubStar(full, _users[login].Login, Seconds(starredAt));
            _stars.Add(star);
            return star;
        }
    }

    /// <summary>Withdraws a star.</summary>
    public void RemoveStar(string repository, string login)
    {
        lock (_gate)
        {
            var full = RequireRepository(repository).FullName;
            _stars.RemoveAll(s => s.Repository == full && s.Login.Equals(login, StringComparison.OrdinalIgnoreCase));
        }
    }

    internal FakeGitHubRepository? FindRepository(string owner, string name)
    {
        lock (_gate) return _repositories.GetValueOrDefault($"{owner}/{name}");
    }

    /// <summary>The profile, or null for an unknown or deleted account.</summary>
    internal FakeGitHubUser? FindProfile(string login)
    {
        lock (_gate) return _deleted.Contains(login) ? null : _users.GetValueOrDefault(login);
    }

    /// <summary>The account shown as the author of content, deleted or not.</summary>
    internal FakeGitHubUser Author(string login)
    {
        lock (_gate) return _users[login];
    }

    internal int OpenIssueCount(string repository)
    {
        lock (_gate) return _issues.Count(i => i.Repository == repository && i.ClosedAt is null);
    }

    internal int StarCount(string repository)
    {
        lock (_gate) return _stars.Count(s => s.Repository == repository);
    }

    internal List<FakeGitHubIssue> Issues(string repository, DateTimeOffset? since, string state)
    {
        lock (_gate)
        {
            return _issues.Where(i => i.Repository == repository && (since is null || i.UpdatedAt >= since))
                .Where(i => state switch { "closed" => i.ClosedAt is not null, "all" => true, _ => i.ClosedAt is null })
                .ToList();
        }
    }

    internal List<FakeGitHubComment> Comments(string repository, DateTimeOffset? since)
    {
        lock (_gate) return _comments.Where(c => c.Repository == repository && (since is null || c.UpdatedAt >= since)).ToList();
    }

    internal List<FakeGitHubStar> Stars(string repository)
    {
        lock (_gate) return [.. _stars.Where(s => s.Repository == repository).OrderBy(s => s.StarredAt)];
    }

    private FakeGitHubRepository RequireRepository(string repository) =>
        _repositories.GetValueOrDefault(repository ?? "") ?? throw new ArgumentException($"there is no repository '{repository}'; add it first", nameof(repository));

    private void RequireUser(string login)
    {
        if (!_users.ContainsKey(login ?? "")) throw new ArgumentException($"there is no account '{login}'; add it first", nameof(login));
    }

    private int IssueIndex(string repository, int number)
    {
        var full = RequireRepository(repository).FullName;
        var index = _issues.FindIndex(i => i.Repository == full && i.Number == number);
        return index >= 0 ? index : throw new ArgumentException($"{full} has no issue #{number}", nameof(number));
    }

    private static DateTimeOffset Seconds(DateTimeOffset time) => DateTimeOffset.FromUnixTimeSeconds(time.ToUnixTimeSeconds());
}
