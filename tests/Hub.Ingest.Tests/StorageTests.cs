using System.Net;
using Hub.Core.Model;
using Hub.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Ingest.Tests;

public sealed class StorageTests : IAsyncLifetime
{
    private IngestServer _server = null!;

    public async ValueTask InitializeAsync() => _server = await IngestServer.StartAsync();

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task A_success_is_answered_only_once_the_records_can_be_read_back()
    {
        using var response = await _server.PostAsync("/ingest/app/v1/batch", """
            { "batch": [
                { "type": "identify", "userId": "u-1", "traits": { "email": "ann@example.com", "name": "Ann" } },
                { "type": "track", "userId": "u-1", "event": "Order Completed", "messageId": "m-1" },
                { "type": "screen", "userId": "u-1", "name": "Home", "messageId": "m-2" }
            ] }
            """);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"success":true}""", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(["u-1"], await _server.CustomerSourceIdsAsync());
        Assert.Equal(["Order Completed", "Screen Viewed: Home"], await _server.EventNamesAsync());
    }

    [Fact]
    public async Task The_write_key_in_the_body_is_enough_to_push()
    {
        using var response = await _server.PostAsync("/ingest/app/v1/track",
            $$"""{ "userId": "u-1", "event": "App Opened", "messageId": "m-1", "writeKey": "{{IngestServer.WriteKey}}" }""", basicUser: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["App Opened"], await _server.EventNamesAsync());
    }

    [Fact]
    public async Task Unusable_messages_are_quarantined_with_their_reasons_while_the_rest_are_stored()
    {
        using var response = await _server.PostAsync("/ingest/app/v1/batch", """
            { "batch": [
                { "type": "track", "userId": "u-1", "event": "Kept", "messageId": "m-1" },
                { "type": "track", "event": "Nobody", "messageId": "m-2" },
                { "type": "identify", "userId": "u-2", "traits": { "name": "{{LONG}}" } }
            ] }
            """.Replace("{{LONG}}", new string('n', 2500), StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Kept"], await _server.EventNamesAsync());
        Assert.Empty(await _server.CustomerSourceIdsAsync());
        var quarantine = await _server.QuarantineAsync();
        Assert.Equal(2, quarantine.Count);
        Assert.Contains(quarantine, q => q.Position == "v1/batch message 2" && q.Reason.Contains("neither userId nor anonymousId", StringComparison.Ordinal));
        // The host's own validation (field length) holds for pushed records exactly as for synced ones.
        Assert.Contains(quarantine, q => q.Position == "v1/batch message 3" && q.Reason.Contains("full_name is 2500 characters long", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Pushes_add_their_counts_to_one_open_push_run()
    {
        using var first = await _server.PostAsync("/ingest/app/v1/identify", """{ "userId": "u-1", "traits": { "email": "ann@example.com" } }""");
        using var second = await _server.PostAsync("/ingest/app/v1/batch", """
            { "batch": [
                { "type": "identify", "userId": "u-1", "traits": { "email": "ann@example.com" } },
                { "type": "track", "userId": "u-1", "event": "Tapped", "messageId": "m-1" },
                { "type": "track", "event": "Nobody" }
            ] }
            """);

        var run = Assert.Single(await _server.RunsAsync());
        Assert.Equal(("push", RunOutcome.Running), (run.Trigger, run.Outcome));
        Assert.Equal((4L, 2L, 1L, 1L), (run.Counts.Read, run.Counts.Inserted, run.Counts.Unchanged, run.Counts.Quarantined));
    }

    [Fact]
    public async Task A_visitor_identified_as_a_user_becomes_one_customer_within_seconds()
    {
        using var anonymous = await _server.PostAsync("/ingest/app/v1/batch", """
            { "batch": [
                { "type": "identify", "anonymousId": "dev-7", "traits": { "plan": "trial" } },
                { "type": "track", "anonymousId": "dev-7", "event": "App Opened", "messageId": "m-1" }
            ] }
            """);
        using var signedIn = await _server.PostAsync("/ingest/app/v1/identify",
            """{ "userId": "u-1001", "anonymousId": "dev-7", "traits": { "email": "li.na@example.cn" } }""");
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);

        var clusters = await EventuallyAsync(async () =>
        {
            var rows = await ReadClustersAsync();
            return rows.Count == 2 && rows.Select(r => r.CustomerNumber).Distinct().Count() == 1 ? rows : null;
        });

        Assert.Equal(["anon:dev-7", "u-1001"], clusters.Select(c => c.SourceId).Order());
        var customer = await _server.Services.GetRequiredService<ICustomerQueries>().GetCustomerAsync(clusters[0].CustomerNumber, CancellationToken.None);
        Assert.Equal("li.na@example.cn", customer!.Email);
    }

    private async Task<List<ClusterRow>> ReadClustersAsync()
    {
        var rows = new List<ClusterRow>();
        await foreach (var row in _server.Services.GetRequiredService<ICustomerQueries>().ReadClustersAsync(CancellationToken.None)) rows.Add(row);
        return rows;
    }

    private static async Task<T> EventuallyAsync<T>(Func<Task<T?>> probe) where T : class
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            if (await probe() is { } value) return value;
            if (DateTime.UtcNow > deadline) throw new TimeoutException("the pushed customers were not resolved within 10 seconds");
            await Task.Delay(50);
        }
    }
}
