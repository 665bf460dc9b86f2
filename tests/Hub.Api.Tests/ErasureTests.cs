using System.Net;
using System.Text.Json.Nodes;
using Hub.Contracts;
using Hub.Core.Model;
using Hub.Core.Storage;
using Hub.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests;

/// <summary>
/// Erasure on request over HTTP (<c>forgetCustomer</c>), checked past the API in the SQLite file itself; each test has a
/// hub of its own, since an erasure cannot be undone. Ada is shop:s1 and crm:k1 (ada@example.com, ADA@example.com).
/// </summary>
public sealed class ErasureTests : IAsyncLifetime
{
    private const string Forget =
        """
        mutation Forget($id: ID!, $reason: String!) {
          forgetCustomer(id: $id, reason: $reason) {
            erasure { id customerId reason actor erasedAt sourceRecords orders interactions events quarantineItems decisions identifiersSuppressed }
          }
        }
        """;

    private readonly IdentityApiServer _hub = new();

    public ValueTask InitializeAsync() => _hub.InitializeAsync();

    public ValueTask DisposeAsync() => _hub.DisposeAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string DatabasePath => _hub.Server.Services.GetRequiredService<SqliteConnectionFactory>().DatabasePath;

    private IIngestStore Ingest => _hub.Server.Services.GetRequiredService<IIngestStore>();

    [Fact]
    public async Task Forgetting_as_admin_erases_the_person_everywhere_and_keeps_an_audit_entry_without_personal_data()
    {
        var (admin, keyId) = await _hub.AdminAsync();
        var ada = await _hub.CustomerOfAsync("shop", "s1");
        await GiveAdaActivityAsync();
        await admin.DataAsync($$"""mutation { setCustomerField(id: "{{ada}}", field: "street", value: "12 St James's Square", reason: "from her letter") { customer { id } } }""");

        var erasure = (await admin.DataAsync(Forget, new { id = ada, reason = "request REQ-2024-17" }))["forgetCustomer"]!["erasure"]!;

        Assert.Equal(ada, erasure["customerId"]!.GetValue<string>());
        Assert.Equal($"apikey:{keyId}", erasure["actor"]!.GetValue<string>());
        Assert.Equal(2, erasure["sourceRecords"]!.GetValue<int>());
        Assert.Equal(1, erasure["orders"]!.GetValue<int>());
        Assert.Equal(1, erasure["interactions"]!.GetValue<int>());
        Assert.Equal(1, erasure["events"]!.GetValue<int>());
        Assert.Equal(1, erasure["quarantineItems"]!.GetValue<int>());
        Assert.Equal(1, erasure["decisions"]!.GetValue<int>());
        // Two record keys and one e-mail (both records hold it, in two cases).
        Assert.Equal(3, erasure["identifiersSuppressed"]!.GetValue<int>());

        var customer = await admin.DataAsync("query ($id: ID!) { customer(id: $id) { id } node(id: $id) { id } }", new { id = ada });
        Assert.Null(customer["customer"]);
        Assert.Null(customer["node"]);
        var clusters = await _hub.ClustersAsync();
        Assert.DoesNotContain("shop:s1", clusters.Keys);
        Assert.DoesNotContain("crm:k1", clusters.Keys);
        Assert.Contains("shop:s2", clusters.Keys);

        foreach (var personal in new[] { "ada@example.com", "Lovelace", "Ada L.", "St James", "called about her", "clicked-newsletter" })
            Assert.Empty(await DatabaseText.WhereAsync(DatabasePath, personal));
        Assert.DoesNotContain(await DatabaseText.AllAsync(DatabasePath), t => t.Where.EndsWith("source_id", StringComparison.Ordinal) && t.Text is "s1" or "k1");
        Assert.False(DatabaseText.BytesHold(DatabasePath, "ada@example.com"), "the e-mail is still somewhere in the file's bytes");

        var log = (await admin.DataAsync("{ erasures { id customerId reason sourceRecords } }"))["erasures"]!.AsArray();
        Assert.Equal(erasure["id"]!.GetValue<string>(), Assert.Single(log)!["id"]!.GetValue<string>());
        Assert.Equal("request REQ-2024-17", log[0]!["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task Revenue_and_activity_stay_for_the_statistics_but_no_longer_name_the_person()
    {
        var (admin, _) = await _hub.AdminAsync();
        await GiveAdaActivityAsync();

        await admin.DataAsync(Forget, new { id = await _hub.CustomerOfAsync("shop", "s1"), reason = "request REQ-2024-18" });

        var order = Assert.Single(await RowsAsync("SELECT customer_source_id, amount FROM orders;"));
        Assert.StartsWith(IdentifierHash.ErasedPrefix, order[0], StringComparison.Ordinal);
        Assert.Equal("99.5", order[1]);
        var interaction = Assert.Single(await RowsAsync("SELECT customer_source_id, channel, outcome, summary, agent, attributes FROM interactions;"));
        Assert.Equal(new[] { order[0], "phone", "resolved", null, null, "{}" }, interaction);
        var @event = Assert.Single(await RowsAsync("SELECT customer_source_id, name, properties FROM events;"));
        Assert.Equal(new[] { order[0], "email_click", null }, @event);
    }

    [Fact]
    public async Task A_later_push_or_resolution_does_not_bring_the_person_back_and_the_number_is_never_given_out_again()
    {
        var (admin, _) = await _hub.AdminAsync();
        var ada = await _hub.CustomerOfAsync("shop", "s1");
        await admin.DataAsync(Forget, new { id = ada, reason = "request REQ-2024-19" });

        // The same record again, and the e-mail under another source and spelling: both left out.
        var run = await Ingest.StartRunAsync(null, "shop", "test", Ct);
        var filters = _hub.Server.Services.GetRequiredService<Hub.Pipeline.Privacy.SuppressionFilters>();
        var batch = new Hub.Pipeline.Ingest.BatchPreparer(new Hub.Pipeline.Ingest.RecordValidator()).Prepare(
            new RecordBatch([new CustomerRecord { SourceId = "s1", FullName = "Ada Lovelace", Email = "ada@example.com" },
                new CustomerRecord { SourceId = "s9", FullName = "A. King", Email = " Ada@Example.COM" },
                new CustomerRecord { SourceId = "s10", FullName = "Charles Babbage", Email = "charles@example.com" }], Checkpoint.Start),
            run, null, "shop", await filters.LoadAsync(Ct));
        var counts = await Ingest.CommitBatchAsync(batch, Ct);
        Assert.Equal((2L, 1L), (counts.Suppressed, counts.Inserted));
        Assert.Equal(2, (await Ingest.GetRunAsync(run, Ct))!.Counts.Suppressed);

        await _hub.Resolution.ResolveAsync(full: true, Ct);
        var clusters = await _hub.ClustersAsync();
        Assert.DoesNotContain("shop:s1", clusters.Keys);
        Assert.DoesNotContain("shop:s9", clusters.Keys);
        Assert.DoesNotContain(ada, clusters.Values);
        Assert.Null((await admin.DataAsync("query ($id: ID!) { customer(id: $id) { id } }", new { id = ada }))["customer"]);
        Assert.Empty(await DatabaseText.WhereAsync(DatabasePath, "ada@example.com"));
    }

    [Fact]
    public async Task A_running_hub_keeps_resolving_only_what_changed_after_an_erasure_and_the_person_stays_gone()
    {
        var (admin, _) = await _hub.AdminAsync();
        var ada = await _hub.CustomerOfAsync("shop", "s1");
        await admin.DataAsync(Forget, new { id = ada, reason = "request REQ-2024-21" });

        // A namesake without Ada's identifiers arrives: she is someone new, not Ada back under her old id.
        await ApiServer.IngestAsync(Ingest, "web", [new CustomerRecord { SourceId = "w1", FullName = "Ada Lovelace", City = "London", Country = "GB" }]);
        var summary = await _hub.Resolution.ResolveAsync(full: false, Ct);

        Assert.True(summary.Incremental, "the erasure made the running hub drop its state and resolve everything");
        var clusters = await _hub.ClustersAsync();
        Assert.NotEqual(ada, clusters["web:w1"]);
        Assert.Equal(["web:w1"], clusters.Where(c => c.Value == clusters["web:w1"]).Select(c => c.Key));
        Assert.DoesNotContain(ada, clusters.Values);
    }

    [Fact]
    public async Task Forgetting_the_same_customer_twice_says_there_is_no_such_customer()
    {
        var (admin, _) = await _hub.AdminAsync();
        var ada = await _hub.CustomerOfAsync("shop", "s1");
        await admin.DataAsync(Forget, new { id = ada, reason = "request REQ-2024-20" });

        var again = await admin.QueryAsync(Forget, new { id = ada, reason = "request REQ-2024-20" });

        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Equal("BAD_USER_INPUT", again.FirstErrorCode);
        Assert.Contains($"there is no customer {ada}", Assert.Single(again.ErrorMessages), StringComparison.Ordinal);
        Assert.DoesNotContain("SELECT", again.Text, StringComparison.OrdinalIgnoreCase);
    }

    // An order, a call with notes, an event with properties and a quarantined input, all of Ada's shop record.
    [Fact]
    public async Task A_full_resolution_computed_before_an_erasure_is_refused_rather_than_saved_over_it()
    {
        var (admin, _) = await _hub.AdminAsync();
        var ada = await _hub.CustomerOfAsync("shop", "s1");
        var identity = _hub.Server.Services.GetRequiredService<IIdentityStore>();
        var resolver = _hub.Server.Services.GetRequiredService<Hub.Identity.IIdentityResolver>();
        // What a `hub resolve --full` in another process holds when the erasure lands: every record, Ada's included.
        var seen = await identity.CountErasuresAsync(Ct);
        var records = await identity.LoadCustomerRecordsAsync(Ct);
        var stale = resolver.Resolve(new ResolutionRequest(records, await identity.GetMaxCustomerNumberAsync(Ct))) with { ErasuresSeen = seen };
        Assert.Contains(stale.Customers, c => c.Emails.Contains("ada@example.com"));

        await admin.DataAsync(Forget, new { id = ada, reason = "request REQ-2024-18" });

        await Assert.ThrowsAsync<StaleResolutionException>(() => identity.SaveResolutionAsync(stale, Ct));
        Assert.Empty(await RowsAsync("SELECT number FROM customers WHERE emails LIKE '%ada@%' OR display_name LIKE '%Ada%'"));
        var after = await admin.DataAsync("query ($id: ID!) { customer(id: $id) { id } }", new { id = ada });
        Assert.Null(after["customer"]);
    }

    private async Task GiveAdaActivityAsync()
    {
        var at = new DateTimeOffset(2024, 5, 1, 9, 30, 0, TimeSpan.Zero);
        await ApiServer.IngestAsync(Ingest, "shop",
        [
            new OrderRecord { OrderId = "o1", CustomerSourceId = "s1", OrderedAt = at, Amount = 99.5m, Currency = "GBP" },
            new InteractionRecord
            {
                InteractionId = "i1", CustomerSourceId = "s1", OccurredAt = at, Channel = "phone", Outcome = "resolved",
                Agent = "Charles", Summary = "Ada called about her order",
            },
            new EventRecord { EventId = "e1", CustomerSourceId = "s1", OccurredAt = at, Name = "email_click", PropertiesJson = """{"campaign":"clicked-newsletter"}""" },
        ]);
        var run = await Ingest.StartRunAsync(null, "shop", "test", Ct);
        await Ingest.CommitBatchAsync(new IngestBatch(run, null, "shop", [],
            [new QuarantineItem { RunId = run, Source = "shop", Stream = "customers", RawPayload = "s1b,Ada Lovelace,ada@example.com,not-a-date", Reason = "bad date" }],
            Checkpoint.Start, 1), Ct);
    }

    private async Task<List<List<string?>>> RowsAsync(string sql)
    {
        await using var connection = await _hub.Server.Services.GetRequiredService<SqliteConnectionFactory>().OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var rows = new List<List<string?>>();
        while (await reader.ReadAsync(Ct))
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))]);
        return rows;
    }
}
