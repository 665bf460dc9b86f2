using System.Text.Json.Nodes;

namespace Hub.Api.Tests;

/// <summary>Mining results through GraphQL over real HTTP: customer scores, ranked lists, segments, customer filters, demand and runs.</summary>
public sealed class MiningApiTests(MiningApiFixture fixture) : IClassFixture<MiningApiFixture>
{
    private ApiServer Server => fixture.Server;

    [Fact]
    public async Task A_customer_shows_the_current_scores_of_every_miner()
    {
        var data = await (await Server.ReaderAsync()).DataAsync("""
            {
              one: customer(id: "cus_1") { scores {
                rfm { recency frequency monetary score segment } tier
                keyAccount { score rank criteria { name value weight contribution } }
                clv { probabilityAlive expectedAverageOrderValue } satisfaction { csat nps trend trendPer90Days } } }
              nine: customer(id: "cus_9") { scores { rfm { segment } tier keyAccount { score } clv { probabilityAlive } satisfaction { csat } } }
            }
            """);

        var scores = data["one"]!["scores"]!;
        Assert.Equal("""{"recency":5,"frequency":4,"monetary":5,"score":545,"segment":"Champions"}""", scores["rfm"]!.ToJsonString());
        Assert.Equal("Gold", (string?)scores["tier"]);
        Assert.Equal(70, (double)scores["keyAccount"]!["score"]!);
        Assert.Equal(2, (int)scores["keyAccount"]!["rank"]!);
        var criteria = scores["keyAccount"]!["criteria"]!.AsArray();
        Assert.Equal(["sales", "loyalty", "interaction", "potential", "group", "influence"], criteria.Select(c => (string)c!["name"]!));
        Assert.Equal(70, criteria.Sum(c => (double)c!["contribution"]!), 6);
        Assert.Equal(0.3, (double)criteria[0]!["weight"]!);
        Assert.Equal("""{"probabilityAlive":0.82,"expectedAverageOrderValue":120.5}""", scores["clv"]!.ToJsonString());
        Assert.Equal("""{"csat":80,"nps":50,"trend":"rising","trendPer90Days":4.5}""", scores["satisfaction"]!.ToJsonString());
        // Customer 9 was scored by no miner; customer 5's only key-account score belongs to a run since replaced.
        Assert.Equal("""{"rfm":null,"tier":null,"keyAccount":null,"clv":null,"satisfaction":null}""", data["nine"]!["scores"]!.ToJsonString());
    }

    [Fact]
    public async Task Clv_evaluates_any_horizon_from_the_stored_inputs_and_the_runs_fitted_models()
    {
        var client = await Server.ReaderAsync();
        var data = await client.DataAsync("""
            {
              one: customer(id: "cus_1") { scores { clv { in39: expectedPurchases(weeks: 39) in52: expectedPurchases(weeks: 52) year: value(months: 12) twoYears: value(months: 24) } } }
              three: customer(id: "cus_3") { scores { clv { expectedPurchases(weeks: 52) value(months: 12) } } }
            }
            """);

        var clv = data["one"]!["scores"]!["clv"]!;
        // The paper's worked example: 1.226 purchases expected in the next 39 weeks.
        Assert.Equal(1.226, (double)clv["in39"]!, 3);
        Assert.True((double)clv["in52"]! > (double)clv["in39"]!);
        Assert.True((double)clv["year"]! > 0 && (double)clv["twoYears"]! > (double)clv["year"]!, clv.ToJsonString());
        // Customer 3 has no stored inputs (say, no order as of the run's date): nothing to evaluate.
        Assert.Equal("""{"expectedPurchases":null,"value":null}""", data["three"]!["scores"]!["clv"]!.ToJsonString());
        var refused = await client.QueryAsync("""{ customer(id: "cus_1") { scores { clv { expectedPurchases(weeks: 0) } } } }""");
        Assert.Equal("BAD_USER_INPUT", refused.FirstErrorCode);
    }

    [Fact]
    public async Task Key_accounts_come_by_rank_with_their_explanation_and_page_by_cursor()
    {
        var client = await Server.ReaderAsync();
        const string Query = """
            query($after: String) { keyAccounts(first: 2, after: $after) {
              totalCount pageInfo { hasNextPage endCursor } run { model asOf parameters { name value } }
              edges { node { rank score tier customer { id displayName } criteria { name contribution } } } } }
            """;

        var first = (await client.DataAsync(Query))["keyAccounts"]!;
        Assert.Equal(3, (int)first["totalCount"]!);
        Assert.Equal([("cus_2", 1, 90.5, "Platinum"), ("cus_1", 2, 70.0, "Gold")], Nodes(first).Select(n =>
            ((string)n["customer"]!["id"]!, (int)n["rank"]!, (double)n["score"]!, (string)n["tier"]!)));
        Assert.Equal(6, Nodes(first)[0]["criteria"]!.AsArray().Count);
        Assert.Equal("2025-03-31", (string?)first["run"]!["asOf"]);
        Assert.Contains("""{"name":"keyaccounts.weight.sales","value":0.3}""", first["run"]!["parameters"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.True((bool)first["pageInfo"]!["hasNextPage"]!);

        var second = (await client.DataAsync(Query, new { after = (string)first["pageInfo"]!["endCursor"]! }))["keyAccounts"]!;
        Assert.Equal(["cus_3"], Nodes(second).Select(n => (string)n["customer"]!["id"]!));
        Assert.False((bool)second["pageInfo"]!["hasNextPage"]!);

        var bad = await client.QueryAsync(Query, new { after = "not-a-cursor" });
        Assert.Equal("BAD_USER_INPUT", bad.FirstErrorCode);
    }

    [Fact]
    public async Task Win_back_candidates_show_the_value_at_risk_the_reason_and_the_latest_contact_on_each_channel()
    {
        var data = await (await Server.ReaderAsync()).DataAsync("""
            { winBackCandidates { totalCount edges { node { rank valueAtRisk reason customer { id }
                lastInteractions { channel occurredAt type summary } } } } }
            """);

        var nodes = Nodes(data["winBackCandidates"]!);
        Assert.Equal([("cus_3", 900.0), ("cus_5", 250.0)], nodes.Select(n => ((string)n["customer"]!["id"]!, (double)n["valueAtRisk"]!)));
        Assert.Equal("Gold tier, probability alive 0.18, RFM At Risk", (string?)nodes[0]["reason"]);
        var contacts = nodes[0]["lastInteractions"]!.AsArray().Select(i => ((string)i!["channel"]!, DateTimeOffset.Parse((string)i["occurredAt"]!,
            System.Globalization.CultureInfo.InvariantCulture), (string)i["type"]!, (string)i["summary"]!));
        Assert.Equal([("call", MiningSeed.LastCall, "outbound-call", "offered a discount"), ("email", MiningSeed.LastCall.AddDays(-3), "newsletter", "spring sale")], contacts);
        Assert.Empty(nodes[1]["lastInteractions"]!.AsArray());
    }

    [Fact]
    public async Task A_key_without_the_pii_scope_sees_win_back_contact_summaries_hidden()
    {
        var client = Server.ClientWith(await Server.CreateKeyAsync());
        var data = await client.DataAsync("{ winBackCandidates(first: 1) { edges { node { lastInteractions { channel summary } } } } }");

        Assert.All(Nodes(data["winBackCandidates"]!)[0]["lastInteractions"]!.AsArray(), i => Assert.Equal("***", (string?)i!["summary"]));
    }

    [Fact]
    public async Task Segments_count_their_members_and_list_them()
    {
        var data = await (await Server.ReaderAsync()).DataAsync("""
            { segments { kind name memberCount members(first: 2) { totalCount pageInfo { hasNextPage } edges { node { id } } } } }
            """);

        var segments = data["segments"]!.AsArray().Select(s => ((string)s!["kind"]!, (string)s["name"]!, (int)s["memberCount"]!)).ToList();
        Assert.Equal([("rfm", "Champions", 3), ("rfm", "Lost", 1), ("tier", "Gold", 1), ("tier", "Iron", 1), ("tier", "Platinum", 1)], segments);
        var champions = data["segments"]![0]!["members"]!;
        Assert.Equal(3, (int)champions["totalCount"]!);
        Assert.Equal(["cus_1", "cus_2"], Nodes(champions).Select(n => (string)n["id"]!));
        Assert.True((bool)champions["pageInfo"]!["hasNextPage"]!);

        var tiers = await (await Server.ReaderAsync()).DataAsync("""{ segments(kind: "tier") { name } }""");
        Assert.Equal(3, tiers["segments"]!.AsArray().Count);
    }

    [Fact]
    public async Task Customers_filter_and_order_by_segment_tier_and_scores()
    {
        var client = await Server.ReaderAsync();
        const string Query = """
            query($filter: CustomerFilter, $orderBy: [CustomerOrder!], $after: String) {
              customers(first: 2, filter: $filter, orderBy: $orderBy, after: $after) { totalCount pageInfo { endCursor } edges { node { id } } } }
            """;

        Assert.Equal(["cus_1"], await IdsAsync(client, Query, new { filter = new { tier = new { eq = "Gold" } } }));
        Assert.Equal(["cus_1", "cus_2"], await IdsAsync(client, Query, new { filter = new { rfmSegment = new { eq = "Champions" } } }));
        Assert.Equal(["cus_1"], await IdsAsync(client, Query, new { filter = new { probabilityAlive = new { gt = 0.5 } } }));
        Assert.Equal(["cus_1"], await IdsAsync(client, Query, new { filter = new { csat = new { gte = 80.0 } }, orderBy = new[] { new { field = "CSAT" } } }));

        // By score, highest first, over the customers that have one; the second page continues from a cursor holding a fraction.
        var byScore = new { filter = new { keyAccountScore = new { isNull = false } }, orderBy = new[] { new { field = "KEY_ACCOUNT_SCORE", direction = "DESC" } } };
        var page = (await client.DataAsync(Query, byScore))["customers"]!;
        Assert.Equal(3, (int)page["totalCount"]!);
        Assert.Equal(["cus_2", "cus_1"], Nodes(page).Select(n => (string)n["id"]!));
        Assert.Equal(["cus_3"], await IdsAsync(client, Query, new { byScore.filter, byScore.orderBy, after = (string)page["pageInfo"]!["endCursor"]! }));
        Assert.Equal(["cus_3", "cus_1"], await IdsAsync(client, Query, new { filter = new { clvValue = new { gte = 1.0 } }, orderBy = new[] { new { field = "CLV_VALUE" } } }));
    }

    [Fact]
    public async Task Demand_forecast_returns_history_the_weeks_asked_for_and_the_backtest_error()
    {
        var client = await Server.ReaderAsync();
        const string Query = """
            query($sku: String, $weeks: Int!) { demandForecast(sku: $sku, horizonWeeks: $weeks) {
              sku mase run { model } history { week value } forecast { week value lower upper } } }
            """;

        var total = (await client.DataAsync(Query, new { weeks = 2 }))["demandForecast"]!;
        Assert.Equal(0.8, (double)total["mase"]!);
        Assert.Equal(["2025-03-10", "2025-03-17", "2025-03-24"], total["history"]!.AsArray().Select(w => (string)w!["week"]!));
        Assert.Equal("""[{"week":"2025-03-31","value":10,"lower":9,"upper":11},{"week":"2025-04-07","value":10,"lower":8,"upper":12}]""",
            total["forecast"]!.ToJsonString());
        Assert.Equal(0.6, (double)(await client.DataAsync(Query, new { sku = "SKU-1", weeks = 4 }))["demandForecast"]!["mase"]!);

        var tooFar = await client.QueryAsync(Query, new { weeks = 10 });
        Assert.Equal("BAD_USER_INPUT", tooFar.FirstErrorCode);
        Assert.Contains("forecast 4 weeks; ask for at most 4, or raise Hub:Mining:Miners:demand:horizonWeeks", tooFar.ErrorMessages[0], StringComparison.Ordinal);
        var unknown = await client.QueryAsync(Query, new { sku = "NOPE", weeks = 1 });
        Assert.Contains("no series for SKU 'NOPE'", unknown.ErrorMessages[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mining_runs_list_model_as_of_day_times_and_parameters_newest_first()
    {
        var data = await (await Server.ReaderAsync()).DataAsync("""{ miningRuns(model: "clv") { model asOf outcome startedAt finishedAt scoredCustomers parameters { name value } } }""");

        var run = Assert.Single(data["miningRuns"]!.AsArray())!;
        Assert.Equal(("clv", "2025-03-31", "SUCCEEDED", 2), ((string)run["model"]!, (string)run["asOf"]!, (string)run["outcome"]!, (int)run["scoredCustomers"]!));
        Assert.Equal("""[{"name":"bgnbd.a","value":0.793},{"name":"bgnbd.alpha","value":4.414},{"name":"bgnbd.b","value":2.426},{"name":"bgnbd.r","value":0.243},{"name":"clv.monthly_discount_rate","value":0.01},{"name":"gammagamma.p","value":6.25},{"name":"gammagamma.q","value":3.74},{"name":"gammagamma.v","value":15.45}]""", run["parameters"]!.ToJsonString());
        Assert.NotNull((string?)run["finishedAt"]);
        var all = await (await Server.ReaderAsync()).DataAsync("{ miningRuns { model } }");
        Assert.Equal(["demand", "winback", "satisfaction", "clv", "rfm", "keyaccounts", "keyaccounts"], all["miningRuns"]!.AsArray().Select(r => (string)r!["model"]!));
    }

    private static List<JsonNode> Nodes(JsonNode connection) => [.. connection["edges"]!.AsArray().Select(e => e!["node"]!)];

    private static async Task<List<string>> IdsAsync(ApiClient client, string query, object variables) =>
        [.. Nodes((await client.DataAsync(query, variables))["customers"]!).Select(n => (string)n["id"]!)];
}
