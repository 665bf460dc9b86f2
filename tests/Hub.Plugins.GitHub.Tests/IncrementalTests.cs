using System.Globalization;
using System.Text.Json;
using Hub.Contracts;
using Hub.SampleData.Fakes;

namespace Hub.Plugins.GitHub.Tests;

public sealed class IncrementalTests
{
    [Fact]
    public async Task A_second_sync_fetches_only_new_and_updated_issues_and_comments()
    {
        await using var github = await FakeGitHub.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        var store = github.Store.Community("ann", "bob");
        var old = store.Issues("ann", 5);
        var oldComment = store.AddComment(Some.Repository, old[0].Number, "bob", "first", Some.Minute(10));
        var edited = store.AddComment(Some.Repository, old[1].Number, "bob", "second", Some.Minute(11));
        var context = Sync.Context(github, ("batchSize", "2"));
        var first = await Sync.ReadBatchesAsync(context);

        var added = store.AddIssue(Some.Repository, "bob", "New issue", Some.Minute(100));
        var retitled = store.UpdateIssue(Some.Repository, old[2].Number, Some.Minute(101), title: "Better title");
        store.UpdateComment(edited.Id, "second, edited", Some.Minute(102));
        var newComment = store.AddComment(Some.Repository, added.Number, "ann", "thanks", Some.Minute(103));
        var second = await Sync.ReadRecordsAsync(context, first[^1].Checkpoint);

        // The newest second of the first sync is asked for again (inclusively), but what it held was stored: only changes arrive.
        var changed = new[] { Some.IssueId(added), Some.IssueId(retitled), Some.CommentId(edited), Some.CommentId(newComment) };
        Assert.Equal(changed.ToHashSet(), second.InteractionIds());
        Assert.Equal(second.Interactions().Count(), second.InteractionIds().Count);
        Assert.DoesNotContain(Some.CommentId(oldComment), second.InteractionIds());
        Assert.Equal("Better title", second.Interactions().Last(i => i.InteractionId == Some.IssueId(retitled)).Summary);
        Assert.Equal("second, edited", second.Interactions().Last(i => i.InteractionId == Some.CommentId(edited)).Summary);
    }

    [Fact]
    public async Task An_issue_created_later_in_the_same_second_as_the_last_one_stored_is_not_lost()
    {
        await using var github = await FakeGitHub.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        var store = github.Store.Community("ann");
        store.Issues("ann", 3);
        var context = Sync.Context(github);
        var first = await Sync.ReadBatchesAsync(context);

        var sameSecond = store.AddIssue(Some.Repository, "ann", "Written in the same second", Some.Minute(2));
        var second = await Sync.ReadRecordsAsync(context, first[^1].Checkpoint);

        Assert.Contains(Some.IssueId(sameSecond), second.InteractionIds());
    }

    [Fact]
    public async Task Resuming_from_any_batch_checkpoint_misses_nothing()
    {
        await using var github = await FakeGitHub.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        var store = github.Store.Community("ann", "bob", "cat");
        var issues = store.Issues("ann", 4).Concat(store.Issues("bob", 3, firstMinute: 4)).ToList();
        foreach (var (issue, i) in issues.Select((issue, i) => (issue, i))) store.AddComment(Some.Repository, issue.Number, "cat", $"c{i}", Some.Minute(50 + i));
        foreach (var login in new[] { "ann", "bob", "cat" }) store.AddStar(Some.Repository, login, Some.Minute(90));
        var context = Sync.Context(github, ("batchSize", "2"));

        var all = await Sync.ReadBatchesAsync(context);
        var everything = all.SelectMany(b => b.Records).InteractionIds();
        for (var stored = 0; stored < all.Count; stored++)
        {
            // A crash after this batch: the host resumes from its checkpoint.
            var resumed = await Sync.ReadRecordsAsync(context, all[stored].Checkpoint);
            var received = all.Take(stored + 1).SelectMany(b => b.Records).Concat(resumed).InteractionIds();
            Assert.Equal(everything, received);
        }
    }

    [Fact]
    public async Task A_new_star_arrives_on_the_next_sync_even_after_earlier_stars_were_withdrawn()
    {
        await using var github = await FakeGitHub.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        var logins = Enumerable.Range(1, 9).Select(i => $"fan{i}").ToArray();
        var store = github.Store.Community([.. logins, "late"]);
        foreach (var (login, i) in logins.Select((l, i) => (l, i))) store.AddStar(Some.Repository, login, Some.Minute(i));
        var context = Sync.Context(github, ("batchSize", "2"));
        var first = await Sync.ReadBatchesAsync(context);

        // Withdrawn stars pull later ones onto earlier pages than the one the checkpoint remembers.
        foreach (var login in logins.Take(6)) store.RemoveStar(Some.Repository, login);
        store.AddStar(Some.Repository, "late", Some.Minute(60));
        var second = await Sync.ReadRecordsAsync(context, first[^1].Checkpoint);

        var late = Assert.Single(second.Customers(), c => c.Attributes["login"] == "late");
        Assert.Contains(second.Interactions(), i => i.Type == "starred" && i.CustomerSourceId == late.SourceId);
        Assert.DoesNotContain(second.Customers(), c => c.Attributes["login"] == "fan7");
    }

    [Fact]
    public async Task A_sync_with_nothing_new_asks_for_the_last_second_again_but_reads_nothing_again()
    {
        await using var github = await FakeGitHub.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        var store = github.Store.Community("ann", "bob");
        store.Issues("ann", 6);
        store.AddStar(Some.Repository, "ann", Some.Minute(30));
        store.AddStar(Some.Repository, "bob", Some.Minute(30));
        var context = Sync.Context(github, ("batchSize", "2"));
        var first = await Sync.ReadBatchesAsync(context);

        var second = await Sync.ReadRecordsAsync(context, first[^1].Checkpoint);

        Assert.Empty(second);
        Assert.Contains(github.Requests, r => r.Contains("/issues?", StringComparison.Ordinal) && r.Contains("since=2024-03-01T09%3A05%3A00Z", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_star_given_in_the_same_second_as_the_last_one_stored_arrives_alone()
    {
        await using var github = await FakeGitHub.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        var store = github.Store.Community("ann", "bob", "cat");
        store.AddStar(Some.Repository, "ann", Some.Minute(30));
        store.AddStar(Some.Repository, "bob", Some.Minute(30));
        var context = Sync.Context(github);
        var first = await Sync.ReadBatchesAsync(context);

        store.AddStar(Some.Repository, "cat", Some.Minute(30));
        var second = await Sync.ReadRecordsAsync(context, first[^1].Checkpoint);

        var star = Assert.Single(second.Interactions());
        Assert.Equal(Assert.Single(second.Customers(), c => c.Attributes["login"] == "cat").SourceId, star.CustomerSourceId);
    }

    [Fact]
    public async Task A_checkpoint_written_before_it_kept_the_ids_of_its_second_still_resumes_there_reading_that_second_again()
    {
        await using var github = await FakeGitHub.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        var store = github.Store.Community("ann");
        var issues = store.Issues("ann", 4);
        var context = Sync.Context(github, ("batchSize", "2"));
        // As the connector wrote it before: the newest time stored and the page of each stream only.
        var old = new Checkpoint("""{"repos":{"acme/widgets":{"issues":{"since":"2024-03-01T09:02:00+00:00","page":1},"comments":{"since":null,"page":1},"stars":{"since":null,"page":1}}}}""");

        var resumed = await Sync.ReadBatchesAsync(context, old);

        Assert.Equal(issues.Skip(2).Select(Some.IssueId).ToHashSet(), resumed.SelectMany(b => b.Records).InteractionIds());
        Assert.Empty(await Sync.ReadRecordsAsync(context, resumed[^1].Checkpoint));
    }

    [Fact]
    public async Task An_issue_changed_again_within_the_second_it_was_read_at_is_read_again_and_an_unchanged_one_is_not()
    {
        await using var github = await FakeGitHub.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        var store = github.Store.Community("ann");
        var issues = store.Issues("ann", 3);
        var twin = store.AddIssue(Some.Repository, "ann", "Opened in the same second", Some.Minute(2));
        var context = Sync.Context(github, ("batchSize", "2"));
        var first = await Sync.ReadBatchesAsync(context);

        // Retitled and closed after the sync read it, within the same second: GitHub keeps the same updated_at.
        var changed = store.UpdateIssue(Some.Repository, issues[2].Number, Some.Minute(2), title: "Retitled in the same second", closed: true);
        var second = await Sync.ReadBatchesAsync(context, first[^1].Checkpoint);

        var issue = Assert.Single(second.SelectMany(b => b.Records).Interactions());
        Assert.Equal(Some.IssueId(changed), issue.InteractionId);
        Assert.Equal(("Retitled in the same second", "closed"), (issue.Summary, issue.Attributes["state"]));
        Assert.DoesNotContain(Some.IssueId(twin), second.SelectMany(b => b.Records).InteractionIds());
        Assert.Empty(await Sync.ReadRecordsAsync(context, second[^1].Checkpoint));
    }

    [Fact]
    public async Task After_a_bulk_edit_spanning_pages_of_one_second_only_the_issue_changed_again_in_that_second_is_read_again()
    {
        await using var github = await FakeGitHub.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        var store = github.Store.Community("ann");
        var bulk = store.Issues("ann", 5);
        foreach (var edited in bulk) store.UpdateIssue(Some.Repository, edited.Number, Some.Minute(30));
        var context = Sync.Context(github, ("batchSize", "2"));
        var first = await Sync.ReadBatchesAsync(context);

        var changed = store.UpdateIssue(Some.Repository, bulk[1].Number, Some.Minute(30), title: "Retitled in the same second");
        var second = await Sync.ReadBatchesAsync(context, first[^1].Checkpoint);

        var issue = Assert.Single(second.SelectMany(b => b.Records).Interactions());
        Assert.Equal((Some.IssueId(changed), "Retitled in the same second"), (issue.InteractionId, issue.Summary));
        Assert.Empty(await Sync.ReadRecordsAsync(context, second[^1].Checkpoint));
    }

    [Fact]
    public async Task A_comment_edited_again_within_the_second_it_was_read_at_is_read_again_and_an_unchanged_one_is_not()
    {
        await using var github = await FakeGitHub.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        var store = github.Store.Community("ann", "bob");
        var issue = store.Issues("ann", 1)[0];
        var kept = store.AddComment(Some.Repository, issue.Number, "bob", "first", Some.Minute(40));
        var edited = store.AddComment(Some.Repository, issue.Number, "bob", "second", Some.Minute(40));
        var context = Sync.Context(github);
        var first = await Sync.ReadBatchesAsync(context);

        store.UpdateComment(edited.Id, "second, edited in the same second", Some.Minute(40));
        var second = await Sync.ReadBatchesAsync(context, first[^1].Checkpoint);

        // The issue, updated at that second by the comments, is unchanged since, and is not read again either.
        var comment = Assert.Single(second.SelectMany(b => b.Records).Interactions());
        Assert.Equal((Some.CommentId(edited), "second, edited in the same second"), (comment.InteractionId, comment.Summary));
        Assert.DoesNotContain(Some.CommentId(kept), second.SelectMany(b => b.Records).InteractionIds());
        Assert.Empty(await Sync.ReadRecordsAsync(context, second[^1].Checkpoint));
    }

    [Fact]
    public async Task The_cursor_keeps_issues_of_its_second_with_a_sixteen_digit_fingerprint_and_stars_by_id_alone()
    {
        await using var github = await FakeGitHub.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        var store = github.Store.Community("ann", "bob");
        var issues = store.Issues("ann", 2);
        store.AddStar(Some.Repository, "bob", Some.Minute(30));

        var read = await Sync.ReadBatchesAsync(Sync.Context(github));

        using var checkpoint = JsonDocument.Parse(read[^1].Checkpoint.Value!);
        var repository = checkpoint.RootElement.GetProperty("repos").GetProperty(Some.Repository);
        var kept = Assert.Single(repository.GetProperty("issues").GetProperty("fingerprints").EnumerateObject());
        Assert.Equal(issues[1].Id.ToString(CultureInfo.InvariantCulture), kept.Name);
        Assert.Matches("^[0-9a-f]{16}$", kept.Value.GetString());
        Assert.False(repository.GetProperty("issues").TryGetProperty("ids", out _));
        Assert.Equal(JsonValueKind.Number, Assert.Single(repository.GetProperty("stars").GetProperty("ids").EnumerateArray()).ValueKind);
        Assert.False(repository.GetProperty("stars").TryGetProperty("fingerprints", out _));
    }

    [Fact]
    public async Task A_checkpoint_written_with_ids_but_no_fingerprints_still_passes_over_those_ids_and_reads_the_others_of_its_second()
    {
        await using var github = await FakeGitHub.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        var store = github.Store.Community("ann");
        var issues = store.Issues("ann", 4);
        var context = Sync.Context(github, ("batchSize", "2"));
        // As the connector wrote it before it kept fingerprints: the ids stored at the newest second of each stream.
        var old = new Checkpoint("""
            {"repos":{"acme/widgets":{"issues":{"since":"2024-03-01T09:03:00+00:00","page":1,"ids":[ISSUE]},"comments":{"since":null,"page":1},"stars":{"since":null,"page":1}}}}
            """.Replace("ISSUE", issues[3].Id.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        var sameSecond = store.AddIssue(Some.Repository, "ann", "Opened in the same second", Some.Minute(3));

        var resumed = await Sync.ReadBatchesAsync(context, old);

        Assert.Equal([Some.IssueId(sameSecond)], resumed.SelectMany(b => b.Records).InteractionIds());
        // The id kept without a fingerprint is carried on as it was; the issue read now is kept with one.
        using var checkpoint = JsonDocument.Parse(resumed[^1].Checkpoint.Value!);
        var cursor = checkpoint.RootElement.GetProperty("repos").GetProperty(Some.Repository).GetProperty("issues");
        Assert.Equal([issues[3].Id], cursor.GetProperty("ids").EnumerateArray().Select(e => e.GetInt64()));
        Assert.Equal([sameSecond.Id.ToString(CultureInfo.InvariantCulture)], cursor.GetProperty("fingerprints").EnumerateObject().Select(p => p.Name));
        Assert.Empty(await Sync.ReadRecordsAsync(context, resumed[^1].Checkpoint));
    }

    [Fact]
    public async Task A_checkpoint_from_another_connector_fails_with_advice_to_run_a_full_sync()
    {
        await using var github = await FakeGitHub.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        github.Store.Community("ann");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Sync.ReadBatchesAsync(Sync.Context(github), new Checkpoint("cursor-17")));

        Assert.Contains("--full", error.Message);
    }
}
