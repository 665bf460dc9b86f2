using System.Text.Json.Nodes;
using Hub.Core.Model;

namespace Hub.Api.Tests;

/// <summary>An admin corrects identities over HTTP; each test has a hub of its own, since every mutation changes it.</summary>
public sealed class IdentityMutationTests : IAsyncLifetime
{
    private const string Decision = "decision { id kind reason actor at field records { source sourceId } apart { source sourceId } }";

    private readonly IdentityApiServer _hub = new();

    public ValueTask InitializeAsync() => _hub.InitializeAsync();

    public ValueTask DisposeAsync() => _hub.DisposeAsync();

    [Fact]
    public async Task Merging_makes_one_customer_and_logs_the_decision_with_the_key_as_actor()
    {
        var (admin, keyId) = await _hub.AdminAsync();
        var ada = await _hub.CustomerOfAsync("shop", "s1");
        var grace = await _hub.CustomerOfAsync("shop", "s2");

        var payload = (await admin.DataAsync(
            $$"""
            mutation Merge($ids: [ID!]!, $reason: String!) {
              mergeCustomers(ids: $ids, reason: $reason) { {{Decision}} customer { id recordCount sources { source sourceId } } }
            }
            """,
            new { ids = new[] { ada, grace }, reason = "Grace is Ada's pen name in our shop" }))["mergeCustomers"]!;

        var decision = payload["decision"]!;
        Assert.Equal("MERGE", decision["kind"]!.GetValue<string>());
        Assert.Equal($"apikey:{keyId}", decision["actor"]!.GetValue<string>());
        Assert.Equal("Grace is Ada's pen name in our shop", decision["reason"]!.GetValue<string>());
        Assert.Equal(["crm:k1", "shop:s1", "shop:s2"], Refs(decision["records"]).Order());
        // The larger part keeps its id, so Ada's id survives the merge.
        Assert.Equal(ada, payload["customer"]!["id"]!.GetValue<string>());
        Assert.Equal(3, payload["customer"]!["recordCount"]!.GetValue<int>());
        Assert.Equal(["crm:k1", "shop:s1", "shop:s2"], Refs(payload["customer"]!["sources"]));

        var clusters = await _hub.ClustersAsync();
        Assert.Equal(ada, clusters["shop:s2"]);
        Assert.Equal(ada, clusters["crm:k1"]);
        var logged = Assert.Single(await _hub.Decisions.ListAsync(TestContext.Current.CancellationToken));
        Assert.Equal((DecisionKind.Merge, $"apikey:{keyId}", decision["id"]!.GetValue<string>()), (logged.Kind, logged.Actor, logged.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(logged.At, decision["at"]!.GetValue<DateTimeOffset>());
    }

    [Fact]
    public async Task Splitting_takes_the_records_out_into_a_customer_of_their_own()
    {
        var (admin, keyId) = await _hub.AdminAsync();
        var wang = await _hub.CustomerOfAsync("shop", "s3");

        var payload = (await admin.DataAsync(
            $$"""
            mutation Split($id: ID!, $records: [RecordRefInput!]!) {
              splitCustomer(id: $id, records: $records, reason: "two people called Wang Wei") { {{Decision}} customers { id sources { source sourceId } } }
            }
            """,
            new { id = wang, records = new[] { new { source = "crm", sourceId = "k3" } } }))["splitCustomer"]!;

        var decision = payload["decision"]!;
        Assert.Equal("SPLIT", decision["kind"]!.GetValue<string>());
        Assert.Equal(["crm:k3"], Refs(decision["records"]));
        Assert.Equal(["shop:s3"], Refs(decision["apart"]));
        var customers = payload["customers"]!.AsArray();
        Assert.Equal(2, customers.Count);
        Assert.Equal(["crm:k3", "shop:s3"], customers.SelectMany(c => Refs(c!["sources"])).Order());
        Assert.Contains(wang, customers.Select(c => c!["id"]!.GetValue<string>()));

        var clusters = await _hub.ClustersAsync();
        Assert.NotEqual(clusters["shop:s3"], clusters["crm:k3"]);
        var logged = Assert.Single(await _hub.Decisions.ListAsync(TestContext.Current.CancellationToken));
        Assert.Equal((DecisionKind.Split, $"apikey:{keyId}"), (logged.Kind, logged.Actor));
        Assert.Equal([new RecordRef("crm", "k3")], logged.Records);
    }

    [Fact]
    public async Task Setting_a_field_shows_in_the_customer_with_override_lineage_until_it_is_cleared()
    {
        var (admin, keyId) = await _hub.AdminAsync();
        var alan = await _hub.CustomerOfAsync("shop", "s4");
        const string Customer = "customer { id city lineage { field source sourceId rule } }";

        var set = (await admin.DataAsync(
            $$"""mutation { setCustomerField(id: "{{alan}}", field: "City", value: " Cambridge ", reason: "he wrote to us") { {{Decision}} {{Customer}} } }"""))["setCustomerField"]!;

        var decision = set["decision"]!;
        Assert.Equal(("OVERRIDE", "city", $"apikey:{keyId}"), (decision["kind"]!.GetValue<string>(), decision["field"]!.GetValue<string>(), decision["actor"]!.GetValue<string>()));
        Assert.Equal(["shop:s4"], Refs(decision["records"]));
        Assert.Equal((alan, "Cambridge"), (set["customer"]!["id"]!.GetValue<string>(), set["customer"]!["city"]!.GetValue<string>()));
        var lineage = CityLineage(set["customer"]!);
        Assert.Equal(("operator", decision["id"]!.GetValue<string>(), "override"),
            (lineage["source"]!.GetValue<string>(), lineage["sourceId"]!.GetValue<string>(), lineage["rule"]!.GetValue<string>()));

        var cleared = (await admin.DataAsync(
            $$"""mutation { clearCustomerField(id: "{{alan}}", field: "city", reason: "the move fell through") { {{Decision}} {{Customer}} } }"""))["clearCustomerField"]!;

        Assert.Equal("CLEAR_OVERRIDE", cleared["decision"]!["kind"]!.GetValue<string>());
        Assert.Equal("Manchester", cleared["customer"]!["city"]!.GetValue<string>());
        Assert.Equal(("shop", "s4"), (CityLineage(cleared["customer"]!)["source"]!.GetValue<string>(), CityLineage(cleared["customer"]!)["sourceId"]!.GetValue<string>()));
        Assert.NotEqual("override", CityLineage(cleared["customer"]!)["rule"]!.GetValue<string>());
        var log = await _hub.Decisions.ListAsync(TestContext.Current.CancellationToken);
        Assert.Equal([DecisionKind.Override, DecisionKind.ClearOverride], log.Select(d => d.Kind));
        Assert.All(log, d => Assert.Equal(("city", $"apikey:{keyId}"), (d.Field, d.Actor)));
        Assert.Equal("Cambridge", log[0].Value);
    }

    [Fact]
    public async Task A_merge_in_the_running_hub_agrees_with_a_full_resolution_afterwards()
    {
        var (admin, _) = await _hub.AdminAsync();
        var ada = await _hub.CustomerOfAsync("shop", "s1");
        var alan = await _hub.CustomerOfAsync("shop", "s4");
        await admin.DataAsync($$"""mutation { mergeCustomers(ids: ["{{ada}}", "{{alan}}"], reason: "same account") { customer { id } } }""");
        var afterMutation = await _hub.ClustersAsync();

        await _hub.Resolution.ResolveAsync(full: true, TestContext.Current.CancellationToken);

        Assert.Equal(afterMutation["shop:s1"], afterMutation["shop:s4"]);
        Assert.Equal(afterMutation, await _hub.ClustersAsync());
    }

    private static JsonNode CityLineage(JsonNode customer) =>
        customer["lineage"]!.AsArray().Single(l => l!["field"]!.GetValue<string>() == "city")!;

    private static IEnumerable<string> Refs(JsonNode? records) =>
        records!.AsArray().Select(r => $"{r!["source"]!.GetValue<string>()}:{r["sourceId"]!.GetValue<string>()}");
}
