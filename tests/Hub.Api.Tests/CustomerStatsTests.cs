using System.Globalization;
using System.Text.Json.Nodes;
using Hub.Contracts;
using Hub.Core.Model;
using Hub.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests;

/// <summary>
/// customerStats against sums worked out by hand. Orders: every customer whose number divides by three has two shop
/// orders (2024-01-15, 10.10 CNY; 2024-03-02, 5.05 CNY); customer 10 one (2024-02-01, 7.25 USD). Organizations are 5,
/// 10 and 15; customers with an even number also have a call-center record.
/// </summary>
public sealed class CustomerStatsTests(ApiServer server) : IClassFixture<ApiServer>
{
    private const string Query = """
        query Stats($groupBy: [CustomerStatsDimension!]!, $filter: CustomerFilter) {
          customerStats(groupBy: $groupBy, filter: $filter) {
            group { source kind firstOrderMonth lastOrderWeek }
            customers orders revenue { amount currency }
          }
        }
        """;

    [Fact]
    public async Task Grouped_by_kind_the_revenue_is_summed_per_currency_and_never_across_currencies()
    {
        var rows = await StatsAsync(["KIND"]);

        Assert.Equal(["ORGANIZATION: 3 customers, 3 orders, 15.15 CNY + 7.25 USD", "PERSON: 9 customers, 8 orders, 60.60 CNY"],
            rows.Select(r => Describe(r, "kind")));
    }

    [Fact]
    public async Task Grouped_by_the_month_of_the_first_order_customers_without_orders_form_a_group_of_their_own()
    {
        var rows = await StatsAsync(["FIRST_ORDER_MONTH"]);

        Assert.Equal(["2024-01: 5 customers, 10 orders, 75.75 CNY", "2024-02: 1 customers, 1 orders, 7.25 USD", "-: 6 customers, 0 orders, "],
            rows.Select(r => Describe(r, "firstOrderMonth")));
    }

    [Fact]
    public async Task Grouped_by_source_a_customer_counts_in_every_source_and_orders_in_their_own()
    {
        var rows = await StatsAsync(["SOURCE"]);

        Assert.Equal(["callcenter: 5 customers, 0 orders, ", "shop: 12 customers, 11 orders, 75.75 CNY + 7.25 USD"],
            rows.Select(r => Describe(r, "source")));
    }

    [Fact]
    public async Task With_a_filter_and_no_grouping_one_row_covers_the_customers_selected()
    {
        var rows = await StatsAsync([], JsonNode.Parse("""{ "recordCount": { "eq": 2 } }"""));

        Assert.Equal(["-: 5 customers, 5 orders, 30.30 CNY + 7.25 USD"], rows.Select(r => Describe(r, "kind")));
    }

    [Fact]
    public async Task Weeks_are_iso_weeks_and_two_dimensions_group_together()
    {
        var rows = await StatsAsync(["KIND", "LAST_ORDER_WEEK"]);

        Assert.Equal(
            ["ORGANIZATION 2024-W05: 1 customers, 1 orders, 7.25 USD", "ORGANIZATION 2024-W09: 1 customers, 2 orders, 15.15 CNY",
             "ORGANIZATION -: 1 customers, 0 orders, ", "PERSON 2024-W09: 4 customers, 8 orders, 60.60 CNY", "PERSON -: 5 customers, 0 orders, "],
            rows.Select(r => $"{r["group"]!["kind"]} {Describe(r, "lastOrderWeek")}"));
    }

    private async Task<List<JsonNode>> StatsAsync(string[] groupBy, JsonNode? filter = null)
    {
        await SeedOrdersAsync();
        var api = await server.ReaderAsync();
        return [.. (await api.DataAsync(Query, new { groupBy, filter }))["customerStats"]!.AsArray().Select(r => r!)];
    }

    private static string Describe(JsonNode row, string key)
    {
        var revenue = row["revenue"]!.AsArray().Select(m =>
            decimal.Parse(m!["amount"]!.GetValue<string>(), CultureInfo.InvariantCulture).ToString("0.00", CultureInfo.InvariantCulture) + " " + m["currency"]);
        return $"{row["group"]![key]?.GetValue<string>() ?? "-"}: {row["customers"]} customers, {row["orders"]} orders, {string.Join(" + ", revenue)}";
    }

    // Storing the same orders again changes nothing, so every test may seed them.
    private async Task SeedOrdersAsync()
    {
        var orders = new List<SourceRecord>();
        foreach (var n in ApiServer.CustomerNumbers.Where(n => n % 3 == 0))
        {
            orders.Add(Order($"o{n}a", n, new DateTimeOffset(2024, 1, 15, 10, 0, 0, TimeSpan.Zero), 10.10m, "CNY"));
            orders.Add(Order($"o{n}b", n, new DateTimeOffset(2024, 3, 2, 18, 0, 0, TimeSpan.Zero), 5.05m, "CNY"));
        }

        orders.Add(Order("o10", 10, new DateTimeOffset(2024, 2, 1, 8, 0, 0, TimeSpan.Zero), 7.25m, "USD"));
        var ingest = server.Services.GetRequiredService<IIngestStore>();
        var run = await ingest.StartRunAsync(null, Some.Shop, "test", TestContext.Current.CancellationToken);
        await ingest.CommitBatchAsync(new IngestBatch(run, null, Some.Shop, orders, [], Checkpoint.Start, orders.Count), TestContext.Current.CancellationToken);
        await ingest.FinishRunAsync(run, RunOutcome.Succeeded, null, TestContext.Current.CancellationToken);
    }

    private static OrderRecord Order(string id, long customer, DateTimeOffset at, decimal amount, string currency) =>
        new() { OrderId = id, CustomerSourceId = $"shop-{customer}", OrderedAt = at, Amount = amount, Currency = currency };
}
