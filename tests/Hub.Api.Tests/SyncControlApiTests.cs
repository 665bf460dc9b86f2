using System.Net;
using Hub.Core.Model;
using Hub.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests;

/// <summary>Operators control syncs over GraphQL: the same operations as 'hub jobs' and 'hub checkpoint'.</summary>
public sealed class SyncControlApiTests(SyncApiServer sync) : IClassFixture<SyncApiServer>
{
    private const string Job = "connector plugin cron timeZone state nextFireAt previousFireAt lastRun { id outcome }";

    [Fact]
    public async Task An_operator_pauses_and_resumes_a_connector_and_sync_jobs_shows_it()
    {
        var (client, _) = await sync.ClientAsync();

        var paused = await client.DataAsync($"mutation {{ pauseSync(connector: \"paused-one\") {{ jobs {{ {Job} }} }} }}");
        Assert.Equal("PAUSED", paused["pauseSync"]!["jobs"]![0]!["state"]!.GetValue<string>());
        var jobs = await client.DataAsync($"{{ syncJobs {{ {Job} }} }}");
        var listed = jobs["syncJobs"]!.AsArray().Single(j => j!["connector"]!.GetValue<string>() == "paused-one")!;
        Assert.Equal(("PAUSED", "0 0 5 * * ?", "test-plugin"), (listed["state"]!.GetValue<string>(), listed["cron"]!.GetValue<string>(), listed["plugin"]!.GetValue<string>()));

        var resumed = await client.DataAsync("mutation { resumeSync(connector: \"paused-one\") { jobs { state nextFireAt } } }");
        Assert.Equal("NORMAL", resumed["resumeSync"]!["jobs"]![0]!["state"]!.GetValue<string>());
        var next = DateTimeOffset.Parse(resumed["resumeSync"]!["jobs"]![0]!["nextFireAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(new TimeSpan(5, 0, 0), next.UtcDateTime.TimeOfDay);
    }

    [Fact]
    public async Task An_operator_sets_a_schedule_and_a_bad_cron_is_refused_as_bad_input()
    {
        var (client, _) = await sync.ClientAsync();

        var set = await client.DataAsync("mutation { setSyncSchedule(connector: \"crm\", cron: \"30 4 * * *\") { job { cron state } } }");
        Assert.Equal("0 30 4 * * ?", set["setSyncSchedule"]!["job"]!["cron"]!.GetValue<string>());
        var stored = await sync.Server.Services.GetRequiredService<IConnectorStore>().GetAsync("crm", TestContext.Current.CancellationToken);
        Assert.Equal("0 30 4 * * ?", stored!.Schedule);

        var refused = await client.QueryAsync("mutation { setSyncSchedule(connector: \"crm\", cron: \"every monday\") { job { cron } } }");
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal("BAD_USER_INPUT", refused.FirstErrorCode);
        Assert.Contains("every monday", Assert.Single(refused.ErrorMessages), StringComparison.Ordinal);
        var unknown = await client.QueryAsync("mutation { pauseSync(connector: \"nope\") { jobs { state } } }");
        Assert.Contains("no connector 'nope'", Assert.Single(unknown.ErrorMessages), StringComparison.Ordinal);
        var neither = await client.QueryAsync("mutation { pauseSync { jobs { state } } }");
        Assert.Equal("BAD_USER_INPUT", neither.FirstErrorCode);
    }

    [Fact]
    public async Task An_operator_triggers_a_connector_without_a_schedule_and_its_run_is_listed()
    {
        var (client, _) = await sync.ClientAsync();

        var triggered = await client.DataAsync("mutation { triggerSync(connector: \"manual\") { jobs { connector cron state } } }");
        var job = triggered["triggerSync"]!["jobs"]![0]!;
        Assert.Equal("manual", job["connector"]!.GetValue<string>());
        Assert.Null(job["cron"]);

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!sync.Runner.Calls.Any(c => c.ConnectorId == "manual") && DateTime.UtcNow < deadline) await Task.Delay(50, TestContext.Current.CancellationToken);
        Assert.Contains(("manual", "api"), sync.Runner.Calls);
        var runs = await client.DataAsync("{ syncRuns(connector: \"manual\") { edges { node { connector trigger outcome durationSeconds counts { read } } } } }");
        var run = Assert.Single(runs["syncRuns"]!["edges"]!.AsArray())!["node"]!;
        Assert.Equal(("api", "SUCCEEDED", 0), (run["trigger"]!.GetValue<string>(), run["outcome"]!.GetValue<string>(), run["counts"]!["read"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Setting_and_resetting_a_checkpoint_is_audited_with_the_key_old_and_new_value_and_reason()
    {
        var (client, keyId) = await sync.ClientAsync();
        const string Change = "change { id connector oldValue newValue actor reason changedAt } job { connector state }";

        var set = await client.DataAsync($"mutation {{ setCheckpoint(connector: \"checkpointed\", value: \"page-7\", reason: \"skip the broken pages\") {{ {Change} }} }}");
        var reset = await client.DataAsync($"mutation {{ setCheckpoint(connector: \"checkpointed\", value: null) {{ {Change} }} }}");

        var first = set["setCheckpoint"]!["change"]!;
        Assert.Null(first["oldValue"]);
        Assert.Equal(("page-7", $"apikey:{keyId}", "skip the broken pages"), (first["newValue"]!.GetValue<string>(), first["actor"]!.GetValue<string>(), first["reason"]!.GetValue<string>()));
        Assert.Equal("NORMAL", set["setCheckpoint"]!["job"]!["state"]!.GetValue<string>());
        var second = reset["setCheckpoint"]!["change"]!;
        Assert.Equal("page-7", second["oldValue"]!.GetValue<string>());
        Assert.Null(second["newValue"]);
        Assert.Null(second["reason"]);

        var checkpoints = sync.Server.Services.GetRequiredService<ICheckpointStore>();
        Assert.Null(await checkpoints.GetAsync("checkpointed", TestContext.Current.CancellationToken));
        var audit = await checkpoints.ListChangesAsync("checkpointed", 10, TestContext.Current.CancellationToken);
        Assert.Equal([("page-7", (string?)null), (null, "page-7")], audit.Select(c => (c.OldValue, c.NewValue)));
        Assert.All(audit, c => Assert.Equal($"apikey:{keyId}", c.Actor));
        Assert.True(DateTimeOffset.UtcNow - audit[0].ChangedAt < TimeSpan.FromMinutes(1));
    }

    [Theory]
    [InlineData("{ syncJobs { connector } }")]
    [InlineData("{ syncRuns { edges { node { id } } } }")]
    [InlineData("{ syncRun(id: \"1\") { id } }")]
    [InlineData("mutation { triggerSync(connector: \"shop\") { jobs { state } } }")]
    [InlineData("mutation { pauseSync(all: true) { jobs { state } } }")]
    [InlineData("mutation { resumeSync(all: true) { jobs { state } } }")]
    [InlineData("mutation { setSyncSchedule(connector: \"shop\", cron: \"@hourly\") { job { cron } } }")]
    [InlineData("mutation { setCheckpoint(connector: \"shop\", value: \"x\") { change { id } } }")]
    public async Task A_reader_key_is_refused_sync_control_and_run_history_with_403(string query)
    {
        var (reader, _) = await sync.ClientAsync(ApiRole.Reader);

        var response = await reader.QueryAsync(query);

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal("FORBIDDEN", response.FirstErrorCode);
        Assert.Contains("operator role", Assert.Single(response.ErrorMessages), StringComparison.Ordinal);
        Assert.DoesNotContain(sync.Runner.Calls, c => c.ConnectorId == "shop");
    }

    [Fact]
    public async Task Sync_runs_page_newest_first_and_filter_by_connector_and_outcome()
    {
        var (client, _) = await sync.ClientAsync();
        const string Page = "pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id connector outcome error } }";

        var first = (await client.DataAsync($"{{ syncRuns(connector: \"shop\", first: 2) {{ {Page} }} }}"))["syncRuns"]!;
        var after = first["pageInfo"]!["endCursor"]!.GetValue<string>();
        var second = (await client.DataAsync($"{{ syncRuns(connector: \"shop\", first: 2, after: \"{after}\") {{ {Page} }} }}"))["syncRuns"]!;
        var failed = (await client.DataAsync($"{{ syncRuns(outcome: FAILED) {{ {Page} }} }}"))["syncRuns"]!;
        var shopSucceeded = (await client.DataAsync($"{{ syncRuns(connector: \"shop\", outcome: SUCCEEDED) {{ {Page} }} }}"))["syncRuns"]!;

        Assert.Equal(["6", "4"], Ids(first));
        Assert.True(first["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Equal(["3", "1"], Ids(second));
        Assert.False(second["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.True(second["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        Assert.Equal(["3", "2"], Ids(failed));
        Assert.All(failed["edges"]!.AsArray(), e => Assert.Equal("the source answered 503", e!["node"]!["error"]!.GetValue<string>()));
        Assert.Equal(["6", "4", "1"], Ids(shopSucceeded));

        var one = await client.DataAsync("{ syncRun(id: \"2\") { id connector outcome error startedAt finishedAt } none: syncRun(id: \"999\") { id } }");
        Assert.Equal(("crm", "FAILED"), (one["syncRun"]!["connector"]!.GetValue<string>(), one["syncRun"]!["outcome"]!.GetValue<string>()));
        Assert.Null(one["none"]);
        var badCursor = await client.QueryAsync("{ syncRuns(after: \"not-a-cursor\") { edges { cursor } } }");
        Assert.Equal("BAD_USER_INPUT", badCursor.FirstErrorCode);
    }

    private static string[] Ids(System.Text.Json.Nodes.JsonNode connection) =>
        [.. connection["edges"]!.AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>())];
}
