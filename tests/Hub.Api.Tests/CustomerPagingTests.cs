using System.Text.Json.Nodes;
using Hub.Core.Model;
using Hub.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests;

/// <summary>The customers connection by the Relay Cursor Connections spec: both directions, both cursors, and stable under inserts.</summary>
public sealed class CustomerPagingTests(ApiServer server) : IClassFixture<ApiServer>
{
    private const string Query = """
        query Page($first: Int, $after: String, $last: Int, $before: String, $orderBy: [CustomerOrder!], $filter: CustomerFilter) {
          customers(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy, filter: $filter) {
            edges { cursor node { id } }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          }
        }
        """;

    private static readonly JsonNode ByNameDescending = JsonNode.Parse("""[{ "field": "DISPLAY_NAME", "direction": "DESC" }]""")!;

    // The seeded customers by display name, Z to A, ties by id.
    private static readonly List<string> NameOrder =
        [.. ApiServer.CustomerNumbers.OrderByDescending(n => Some.Golden(n).DisplayName, StringComparer.Ordinal).ThenBy(n => n).Select(CustomerId.Format)];

    [Fact]
    public async Task Paging_backward_from_the_end_with_last_and_before_visits_every_customer_once_in_order()
    {
        var api = await server.ReaderAsync();
        var pages = new List<List<string>>();
        var flags = new List<(bool Next, bool Previous)>();
        string? before = null;
        do
        {
            var page = (await api.DataAsync(Query, new { last = 5, before, orderBy = ByNameDescending }))["customers"]!;
            pages.Insert(0, Ids(page));
            var info = page["pageInfo"]!;
            flags.Add((info["hasNextPage"]!.GetValue<bool>(), info["hasPreviousPage"]!.GetValue<bool>()));
            before = flags[^1].Previous ? info["startCursor"]!.GetValue<string>() : null;
            Assert.True(flags.Count < 10, "paging did not end");
        }
        while (before is not null);

        Assert.Equal(NameOrder, pages.SelectMany(p => p));
        // The last page read first: nothing after it; then pages with customers on both sides; the first has none before.
        Assert.Equal([(false, true), (true, true), (true, false)], flags);
    }

    [Fact]
    public async Task After_and_before_together_bound_the_page_and_first_and_last_take_from_each_end_of_it()
    {
        var api = await server.ReaderAsync();
        var all = (await api.DataAsync(Query, new { first = 500, orderBy = ByNameDescending }))["customers"]!["edges"]!.AsArray();
        var after = all[2]!["cursor"]!.GetValue<string>();
        var before = all[9]!["cursor"]!.GetValue<string>();

        var between = (await api.DataAsync(Query, new { after, before, first = 500, orderBy = ByNameDescending }))["customers"]!;
        var head = (await api.DataAsync(Query, new { after, before, first = 3, orderBy = ByNameDescending }))["customers"]!;
        var tail = (await api.DataAsync(Query, new { after, before, last = 2, orderBy = ByNameDescending }))["customers"]!;
        var middle = (await api.DataAsync(Query, new { after, first = 5, last = 2, orderBy = ByNameDescending }))["customers"]!;

        Assert.Equal(NameOrder[3..9], Ids(between));
        Assert.Equal(NameOrder[3..6], Ids(head));
        Assert.True(head["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Equal(NameOrder[7..9], Ids(tail));
        Assert.True(tail["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        // The first five after the cursor, then the last two of those.
        Assert.Equal(NameOrder[6..8], Ids(middle));
        Assert.True(middle["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Empty_and_exact_pages_report_their_edges_correctly()
    {
        var api = await server.ReaderAsync();
        var none = JsonNode.Parse("""{ "id": { "gt": 1000 } }""");
        var three = JsonNode.Parse("""{ "kind": { "eq": "ORGANIZATION" } }""");

        var empty = (await api.DataAsync(Query, new { filter = none, first = 5 }))["customers"]!;
        var exact = (await api.DataAsync(Query, new { filter = three, first = 3 }))["customers"]!;
        var exactBackward = (await api.DataAsync(Query, new { filter = three, last = 3 }))["customers"]!;
        var zero = (await api.DataAsync(Query, new { filter = three, first = 0 }))["customers"]!;

        Assert.Empty(Ids(empty));
        Assert.Null(empty["pageInfo"]!["startCursor"]);
        Assert.False(empty["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Equal(["cus_5", "cus_10", "cus_15"], Ids(exact));
        Assert.False(exact["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Equal(["cus_5", "cus_10", "cus_15"], Ids(exactBackward));
        Assert.False(exactBackward["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        Assert.Empty(Ids(zero));
        Assert.True(zero["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_cursor_used_with_another_ordering_or_not_a_cursor_at_all_is_refused_with_what_to_do()
    {
        var api = await server.ReaderAsync();
        var cursor = (await api.DataAsync(Query, new { first = 1, orderBy = ByNameDescending }))["customers"]!["pageInfo"]!["endCursor"]!.GetValue<string>();

        var otherOrdering = await api.QueryAsync(Query, new { first = 1, after = cursor });
        var garbage = await api.QueryAsync(Query, new { last = 1, before = "bm90IGEgY3Vyc29y" });
        var tooMany = await api.QueryAsync(Query, new { last = 501 });

        Assert.Equal("BAD_USER_INPUT", otherOrdering.FirstErrorCode);
        Assert.Contains("another orderBy", otherOrdering.ErrorMessages[0], StringComparison.Ordinal);
        Assert.Equal("BAD_USER_INPUT", garbage.FirstErrorCode);
        Assert.Contains("before:", garbage.ErrorMessages[0], StringComparison.Ordinal);
        Assert.Contains("at most 500", tooMany.ErrorMessages[0], StringComparison.Ordinal);
    }

    private static List<string> Ids(JsonNode customers) =>
        [.. customers["edges"]!.AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>())];
}

/// <summary>Keyset paging under a resolution adding customers; a server of its own, since it changes the customers.</summary>
public sealed class CustomerPagingUnderChangeTests(ApiServer server) : IClassFixture<ApiServer>
{
    private const string Query = "query Page($first: Int, $after: String) { customers(first: $first, after: $after) { edges { node { id } } pageInfo { endCursor } } }";

    [Fact]
    public async Task A_customer_added_before_the_cursor_neither_repeats_nor_hides_a_customer_on_the_next_page()
    {
        var api = await server.ReaderAsync();
        var first = (await api.DataAsync(Query, new { first = 4 }))["customers"]!;
        await AddCustomerAsync(4);
        var second = (await api.DataAsync(Query, new { first = 4, after = first["pageInfo"]!["endCursor"]!.GetValue<string>() }))["customers"]!;

        Assert.Equal(["cus_1", "cus_2", "cus_3", "cus_5"], Ids(first));
        Assert.Equal(["cus_6", "cus_7", "cus_9", "cus_10"], Ids(second));
    }

    // A customer that sorts among the first page, as a resolution of new records would add it.
    private async Task AddCustomerAsync(long number)
    {
        var identity = server.Services.GetRequiredService<IIdentityStore>();
        var generation = (await identity.LoadPendingRecordsAsync(TestContext.Current.CancellationToken)).Generation;
        await identity.SaveResolutionAsync(new ResolutionOutcome(new Dictionary<long, long>(), [Some.Golden(number)])
        {
            Scope = ResolutionScope.Changes,
            Generation = generation,
        }, TestContext.Current.CancellationToken);
    }

    private static List<string> Ids(JsonNode customers) =>
        [.. customers["edges"]!.AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>())];
}
