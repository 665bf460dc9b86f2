using System.Globalization;

namespace Hub.SampleData.Fakes;

/// <summary>
/// Fills a fake GitHub from the sample generator: every GitHub account among its people, opening issues and pull
/// requests, commenting and starring one repository, at times within the generator's date range. The same generator
/// options give the same accounts (with the same ids) and the same activity.
/// </summary>
public static class FakeGitHubSample
{
    /// <summary>The repository the sample community gathers around.</summary>
    public const string DefaultRepository = "hub-demo/hub";

    private static readonly string[] Topics =
    [
        "CSV import", "the GraphQL API", "identity resolution", "the scheduler", "PostgreSQL storage", "the plugin loader",
        "phone number parsing", "Chinese names", "the demo", "API keys", "the export command", "webhooks",
    ];

    private static readonly string[] IssueTitles =
        ["Crash in {0}", "Add support for {0}", "Docs: explain {0}", "{0} is slow on large data", "Question about {0}", "{0} ignores a setting"];

    private static readonly string[] PullRequestTitles = ["Fix {0}", "Improve {0}", "Add tests for {0}", "Refactor {0}"];

    private static readonly string[] CommentBodies =
    [
        "Thanks, this fixed it for me.", "I can reproduce this on the latest release.", "+1, we need this too.", "Any update on this?",
        "Here is a minimal example that shows it.", "Looks good to me.", "Could you add a test for this case?", "Closing as answered.",
    ];

    // Most accounts have few followers, a few have many.
    private static readonly int[] Followers = [0, 1, 2, 3, 5, 8, 12, 20, 35, 60, 120, 400, 2500];

    /// <summary>Adds the accounts and their activity; returns the accounts added, in id order.</summary>
    /// <param name="store">The fake's data.</param>
    /// <param name="generator">The sample people; their rows of source <c>github</c> become accounts (login = source id).</param>
    /// <param name="repository">The repository to create and fill, <c>owner/name</c>.</param>
    public static IReadOnlyList<FakeGitHubUser> Fill(FakeGitHubStore store, SampleDataGenerator generator, string repository = DefaultRepository)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(generator);
        store.AddRepository(repository);
        var options = generator.Options;
        var start = new DateTimeOffset(options.Start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var span = (long)(new DateTimeOffset(options.End.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero) - start).TotalSeconds;
        var rng = new SampleRandom(0);
        var seed = SampleRandom.Mix((ulong)(uint)options.Seed, 0x617);

        var users = new List<FakeGitHubUser>();
        var commenters = new List<(string Login, int Comments, ulong Seed)>();
        var issues = new List<FakeGitHubIssue>();
        foreach (var person in generator.People())
        {
            foreach (var row in person.Records.Where(r => r.Source == SampleSources.GitHub))
            {
                rng.Reset(SampleRandom.Mix(seed, (ulong)person.Index));
                var organization = row.Kind != "person";
                users.Add(store.AddUser(new FakeGitHubUser(row.SourceId)
                {
                    Name = row.FullName,
                    Email = row.Email,
                    Company = row.Company,
                    Location = row.City,
                    Type = organization ? "Organization" : "User",
                    Followers = rng.PickSkewed(Followers),
                    CreatedAt = start.AddSeconds(-rng.Next(1, 3 * 365) * 86_400L),
                }));

                // Organizations cannot open issues or comment, so a star is their only sign of interest.
                var opened = !organization && rng.Chance(0.55) ? rng.Next(1, 4) : 0;
                var comments = !organization && rng.Chance(0.5) ? rng.Next(1, 5) : 0;
                for (var i = 0; i < opened; i++)
                {
                    var pullRequest = rng.Chance(0.3);
                    var title = string.Format(CultureInfo.InvariantCulture,
                        rng.Pick(pullRequest ? PullRequestTitles : IssueTitles), rng.Pick(Topics));
                    issues.Add(store.AddIssue(repository, row.SourceId, title, At(start, span, rng), pullRequest, body: title + "."));
                }

                if (comments > 0) commenters.Add((row.SourceId, comments, rng.NextUInt64()));
                if (organization || rng.Chance(0.45) || (opened == 0 && comments == 0)) store.AddStar(repository, row.SourceId, At(start, span, rng));
            }
        }

        AddComments(store, repository, commenters, issues, start.AddSeconds(span), rng);
        return users;
    }

    /// <summary>Comments follow the issue they answer, within a month of it, and never before someone asked.</summary>
    private static void AddComments(
        FakeGitHubStore store, string repository, List<(string Login, int Comments, ulong Seed)> commenters,
        List<FakeGitHubIssue> issues, DateTimeOffset end, SampleRandom rng)
    {
        if (issues.Count == 0) return;
        foreach (var (login, count, seed) in commenters)
        {
            rng.Reset(seed);
            for (var i = 0; i < count; i++)
            {
                var issue = rng.Pick(issues);
                var at = issue.CreatedAt.AddSeconds(rng.Next(600, 30 * 86_400));
                store.AddComment(repository, issue.Number, login, rng.Pick(CommentBodies), at < end ? at : end);
            }
        }
    }

    private static DateTimeOffset At(DateTimeOffset start, long spanSeconds, SampleRandom rng) =>
        start.AddSeconds((long)(rng.NextDouble() * spanSeconds));
}
