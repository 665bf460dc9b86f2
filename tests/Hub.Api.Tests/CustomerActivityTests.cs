using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Hub.Api.Tests;

/// <summary>A customer's orders, interactions, addresses, match evidence and field lineage, over HTTP (data: <see cref="ActivityApiServer"/>).</summary>
public sealed class CustomerActivityTests(ActivityApiServer fixture) : IClassFixture<ActivityApiServer>
{
    private static readonly JsonSerializerOptions Unescaped = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private ApiServer Server => fixture.Server;

    [Fact]
    public async Task Orders_come_newest_first_with_their_amount_as_money_and_their_lines()
    {
        var orders = await CustomerAsync("cus_3", """
            orders { totalCount pageInfo { hasNextPage hasPreviousPage }
              edges { cursor node { orderId source orderedAt amount { amount currency } lines { sku quantity unitPrice } } } }
            """);

        var nodes = orders!["orders"]!["edges"]!.AsArray().Select(e => e!["node"]!).ToList();
        Assert.Equal(["o3b", "o3c", "o3a"], nodes.Select(n => n["orderId"]!.GetValue<string>()));
        Assert.Equal(3, orders["orders"]!["totalCount"]!.GetValue<int>());
        Assert.False(orders["orders"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Equal("shop", nodes[0]["source"]!.GetValue<string>());
        Assert.Equal(new DateTimeOffset(2024, 3, 2, 10, 0, 0, TimeSpan.Zero), DateTimeOffset.Parse(nodes[0]["orderedAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("""{"amount":"5.05","currency":"CNY"}""", nodes[0]["amount"]!.ToJsonString());
        Assert.Equal("""[{"sku":"TEA-1","quantity":"2","unitPrice":"2.525"}]""", nodes[0]["lines"]!.ToJsonString());
        Assert.Equal("""{"amount":"7.25","currency":"USD"}""", nodes[1]["amount"]!.ToJsonString());
    }

    [Fact]
    public async Task Orders_reach_the_customer_through_every_source_record_it_unifies()
    {
        var customer = await CustomerAsync("cus_2", "orders { totalCount edges { node { orderId source } } }");

        Assert.Equal(["callcenter c2", "shop o2"],
            customer!["orders"]!["edges"]!.AsArray().Select(e => $"{e!["node"]!["source"]} {e["node"]!["orderId"]}"));
    }

    [Fact]
    public async Task Orders_page_with_first_and_after_within_a_customer()
    {
        var api = await Server.ReaderAsync();
        const string Query = """
            query($after: String) { customer(id: "cus_3") { orders(first: 2, after: $after) {
              totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { orderId } } } } }
            """;

        var first = (await api.DataAsync(Query, new { after = (string?)null }))["customer"]!["orders"]!;
        var second = (await api.DataAsync(Query, new { after = first["pageInfo"]!["endCursor"]!.GetValue<string>() }))["customer"]!["orders"]!;

        Assert.Equal(["o3b", "o3c"], OrderIds(first));
        Assert.True(first["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Equal(["o3a"], OrderIds(second));
        Assert.False(second["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.True(second["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        Assert.Equal(3, second["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_order_cursor_is_refused_by_interactions()
    {
        var api = await Server.ReaderAsync();
        var cursor = (await api.DataAsync("""{ customer(id: "cus_3") { orders(first: 1) { pageInfo { endCursor } } } }"""))
            ["customer"]!["orders"]!["pageInfo"]!["endCursor"]!.GetValue<string>();

        var refused = await api.QueryAsync("query($c: String) { customer(id: \"cus_3\") { interactions(after: $c) { totalCount } } }", new { c = cursor });

        Assert.Equal("BAD_USER_INPUT", refused.Body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Interactions_come_newest_first_with_their_details()
    {
        var customer = await CustomerAsync("cus_3", """
            interactions { totalCount edges { node { interactionId source occurredAt channel type direction durationMs outcome agent summary score } } }
            """);

        var nodes = customer!["interactions"]!["edges"]!.AsArray().Select(e => e!["node"]!).ToList();
        Assert.Equal(["i2", "i1"], nodes.Select(n => n["interactionId"]!.GetValue<string>()));
        Assert.Equal(2, customer["interactions"]!["totalCount"]!.GetValue<int>());
        Assert.Equal("email", nodes[0]["channel"]!.GetValue<string>());
        Assert.Equal(
            """{"interactionId":"i1","source":"shop","occurredAt":"2024-02-10T10:00:00+00:00","channel":"phone","type":"support","direction":"inbound","durationMs":90000,"outcome":"solved","agent":"A7","summary":"asked about delivery","score":"4.5"}""",
            nodes[1].ToJsonString(Unescaped));
    }

    [Fact]
    public async Task Addresses_are_the_distinct_postal_addresses_of_the_customers_records_in_source_order()
    {
        var two = await CustomerAsync("cus_2", "addresses { street city postcode country }");
        var four = await CustomerAsync("cus_4", "addresses { street city postcode country }");

        Assert.Equal(
            """[{"street":"8 Nanshan Road","city":"Hangzhou","postcode":"310002","country":"CN"},{"street":"2 Wensan Road","city":"Hangzhou","postcode":"310012","country":"CN"}]""",
            two!["addresses"]!.ToJsonString());
        Assert.Single(four!["addresses"]!.AsArray());
    }

    [Fact]
    public async Task Addresses_are_masked_for_a_key_without_the_pii_scope()
    {
        var customer = await CustomerAsync("cus_2", "addresses { street city postcode country } interactions { edges { node { summary } } }", pii: false);

        Assert.Equal("""[{"street":"***","city":"Hangzhou","postcode":"3*****","country":"CN"}]""", customer!["addresses"]!.ToJsonString());
        var three = await CustomerAsync("cus_3", "interactions { edges { node { summary } } }", pii: false);
        Assert.Equal("***", three!["interactions"]!["edges"]![1]!["node"]!["summary"]!.GetValue<string>());
    }

    [Fact]
    public async Task Match_evidence_names_the_records_the_rule_the_weight_and_each_fields_level()
    {
        var byRule = await CustomerAsync("cus_4", "matchEvidence { recordA { source sourceId } recordB { source sourceId } rule weight modelVersion levels { field level } }");
        var byModel = await CustomerAsync("cus_6", "matchEvidence { rule weight levels { field level } }");
        var single = await CustomerAsync("cus_3", "matchEvidence { rule }");

        var rule = byRule!["matchEvidence"]![0]!;
        Assert.Equal("""{"source":"shop","sourceId":"shop-4"}""", rule["recordA"]!.ToJsonString());
        Assert.Equal("""{"source":"callcenter","sourceId":"cc-4"}""", rule["recordB"]!.ToJsonString());
        Assert.Equal("rule:email", rule["rule"]!.GetValue<string>());
        Assert.Null(rule["weight"]);
        Assert.Equal(1, rule["modelVersion"]!.GetValue<int>());
        Assert.Contains(rule["levels"]!.AsArray(), l => l!.ToJsonString() == """{"field":"email","level":"exact"}""");
        Assert.Contains(rule["levels"]!.AsArray(), l => l!.ToJsonString() == """{"field":"phone","level":"missing"}""");

        var model = byModel!["matchEvidence"]![0]!;
        Assert.Equal(14.25, model["weight"]!.GetValue<double>());
        Assert.Contains(model["levels"]!.AsArray(), l => l!.ToJsonString() == """{"field":"given_name","level":"exact"}""");
        Assert.Contains(model["levels"]!.AsArray(), l => l!.ToJsonString() == """{"field":"family_name","level":"exact"}""");
        Assert.Empty(single!["matchEvidence"]!.AsArray());
    }

    [Fact]
    public async Task Field_lineage_is_the_list_lineage_gave()
    {
        var customer = await CustomerAsync("cus_3", "fieldLineage { field source sourceId changedAt rule } lineage { field source sourceId changedAt rule }");

        Assert.Equal(customer!["lineage"]!.ToJsonString(), customer["fieldLineage"]!.ToJsonString());
        Assert.Equal(["email", "city"], customer["fieldLineage"]!.AsArray().Select(l => l!["field"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_page_of_100_customers_asks_the_store_as_often_as_a_page_of_10()
    {
        var api = await Server.ReaderAsync();
        const string Query = """
            query($n: Int) { customers(first: $n) { edges { node { id
              sources { source } addresses { city }
              orders(first: 2) { totalCount edges { node { orderId } } }
              interactions(first: 2) { totalCount edges { node { interactionId } } }
              matchEvidence { rule } } } } }
            """;

        async Task<(int Calls, JsonArray Edges)> CallsForAsync(int n)
        {
            var before = Server.Log.RecordBatches.Count + Server.Log.ActivityBatches.Count;
            var edges = (await api.DataAsync(Query, new { n }))["customers"]!["edges"]!.AsArray();
            return (Server.Log.RecordBatches.Count + Server.Log.ActivityBatches.Count - before, edges);
        }

        var (ten, _) = await CallsForAsync(10);
        var (hundred, edges) = await CallsForAsync(100);

        Assert.Equal(100, edges.Count);
        Assert.Equal(4, ten);
        Assert.Equal(ten, hundred);
        var last = edges.Select(e => e!["node"]!).Single(n => n["id"]!.GetValue<string>() == "cus_100");
        Assert.Equal(["bulk-100"], last["orders"]!["edges"]!.AsArray().Select(e => e!["node"]!["orderId"]!.GetValue<string>()));
        Assert.Equal(1, last["interactions"]!["totalCount"]!.GetValue<int>());
        Assert.Equal("model", last["matchEvidence"]![0]!["rule"]!.GetValue<string>());
        Assert.Equal(["o3b", "o3c"], OrderIds(edges.Select(e => e!["node"]!).Single(n => n["id"]!.GetValue<string>() == "cus_3")["orders"]!));
    }

    private async Task<JsonNode?> CustomerAsync(string id, string selection, bool pii = true)
    {
        var api = Server.ClientWith(await Server.CreateKeyAsync(pii: pii));
        return (await api.DataAsync($$"""{ customer(id: "{{id}}") { {{selection}} } }"""))["customer"];
    }

    private static List<string> OrderIds(JsonNode orders) =>
        [.. orders["edges"]!.AsArray().Select(e => e!["node"]!["orderId"]!.GetValue<string>())];
}
