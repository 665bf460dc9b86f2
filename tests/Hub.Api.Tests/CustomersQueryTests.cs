using System.Net;
using System.Text.Json.Nodes;
using Hub.Core.Model;

namespace Hub.Api.Tests;

public sealed class CustomersQueryTests(ApiServer server) : IClassFixture<ApiServer>
{
    private const string PageQuery = """
        query Page($first: Int, $after: String) {
          customers(first: $first, after: $after) {
            totalCount
            edges { cursor node { id displayName } }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          }
        }
        """;

    [Fact]
    public async Task Paging_through_the_customers_returns_every_customer_exactly_once_in_id_order()
    {
        var api = await server.ReaderAsync();
        var seen = new List<string>();
        var hasNext = new List<bool>();
        var hasPrevious = new List<bool>();
        string? after = null;
        do
        {
            var customers = (await api.DataAsync(PageQuery, new { first = 5, after }))["customers"]!;
            Assert.Equal(ApiServer.CustomerNumbers.Count, customers["totalCount"]!.GetValue<int>());
            var edges = customers["edges"]!.AsArray();
            var pageInfo = customers["pageInfo"]!;
            seen.AddRange(edges.Select(e => e!["node"]!["id"]!.GetValue<string>()));
            hasNext.Add(pageInfo["hasNextPage"]!.GetValue<bool>());
            hasPrevious.Add(pageInfo["hasPreviousPage"]!.GetValue<bool>());
            Assert.Equal(edges[0]!["cursor"]!.GetValue<string>(), pageInfo["startCursor"]!.GetValue<string>());
            Assert.Equal(edges[^1]!["cursor"]!.GetValue<string>(), pageInfo["endCursor"]!.GetValue<string>());
            after = hasNext[^1] ? pageInfo["endCursor"]!.GetValue<string>() : null;
            Assert.True(hasNext.Count < 10, "paging did not end");
        }
        while (after is not null);

        Assert.Equal([.. ApiServer.CustomerNumbers.Select(CustomerId.Format)], seen);
        Assert.Equal([true, true, false], hasNext);
        Assert.Equal([false, true, true], hasPrevious);
    }

    [Fact]
    public async Task A_cursor_is_opaque_rather_than_the_customer_id_or_an_offset()
    {
        var api = await server.ReaderAsync();

        var edges = (await api.DataAsync(PageQuery, new { first = 3 }))["customers"]!["edges"]!.AsArray();

        foreach (var edge in edges)
        {
            var cursor = edge!["cursor"]!.GetValue<string>();
            Assert.NotEqual(edge["node"]!["id"]!.GetValue<string>(), cursor);
            Assert.False(int.TryParse(cursor, out _));
        }
    }

    [Fact]
    public async Task Without_first_a_page_holds_up_to_the_default_of_fifty()
    {
        var api = await server.ReaderAsync();

        var customers = (await api.DataAsync(PageQuery))["customers"]!;

        Assert.Equal(ApiServer.CustomerNumbers.Count, customers["edges"]!.AsArray().Count);
        Assert.False(customers["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task An_empty_page_after_the_last_customer_has_no_cursors_and_no_next_page()
    {
        var api = await server.ReaderAsync();
        var last = (await api.DataAsync(PageQuery, new { first = 500 }))["customers"]!["pageInfo"]!["endCursor"]!.GetValue<string>();

        var customers = (await api.DataAsync(PageQuery, new { first = 5, after = last }))["customers"]!;

        Assert.Empty(customers["edges"]!.AsArray());
        Assert.False(customers["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.True(customers["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        Assert.Null(customers["pageInfo"]!["endCursor"]);
    }

    [Fact]
    public async Task Asking_for_more_than_the_maximum_page_size_is_an_error_that_names_the_maximum()
    {
        var api = await server.ReaderAsync();

        var response = await api.QueryAsync(PageQuery, new { first = 501 });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Contains("500", Assert.Single(response.ErrorMessages));
        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
        Assert.Null(response.Body["data"]);
    }

    [Theory]
    [InlineData("not a cursor")]
    [InlineData("Y3VzdG9tZXI6eA")]
    [InlineData("MTI")]
    public async Task A_garbled_cursor_is_an_error_that_says_which_cursors_work(string cursor)
    {
        var api = await server.ReaderAsync();

        var response = await api.QueryAsync(PageQuery, new { first = 5, after = cursor });

        var message = Assert.Single(response.ErrorMessages);
        Assert.Contains("cursor", message);
        Assert.Contains("endCursor", message);
        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
    }

    [Fact]
    public async Task Customers_are_counted_only_when_the_client_asks_for_the_total()
    {
        var api = await server.ReaderAsync();
        var before = server.Log.CountCalls;

        await api.DataAsync("{ customers(first: 2) { edges { node { id } } } }");
        Assert.Equal(before, server.Log.CountCalls);

        await api.DataAsync("{ customers(first: 2) { totalCount } }");
        Assert.Equal(before + 1, server.Log.CountCalls);
    }

    [Fact]
    public async Task A_customer_is_found_by_id_with_its_unified_fields()
    {
        var api = await server.ReaderAsync();

        var customer = (await api.DataAsync("""
            query($id: ID!) { customer(id: $id) {
              id displayName kind givenName familyName email phone emails phones city country birthDate company recordCount } }
            """, new { id = "cus_10" }))["customer"]!;

        Assert.Equal("cus_10", customer["id"]!.GetValue<string>());
        Assert.Equal("Customer 10", customer["displayName"]!.GetValue<string>());
        Assert.Equal("ORGANIZATION", customer["kind"]!.GetValue<string>());
        Assert.Equal("customer10@example.com", customer["email"]!.GetValue<string>());
        Assert.Equal("+865710000010", customer["phone"]!.GetValue<string>());
        Assert.Equal(["customer10@example.com"], customer["emails"]!.AsArray().Select(e => e!.GetValue<string>()));
        Assert.Equal("1980-01-11", customer["birthDate"]!.GetValue<string>());
        Assert.Equal("Company 10", customer["company"]!.GetValue<string>());
        Assert.Equal(2, customer["recordCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_customer_says_where_each_golden_field_came_from()
    {
        var api = await server.ReaderAsync();

        var lineage = (await api.DataAsync(
            "query($id: ID!) { customer(id: $id) { lineage { field source sourceId changedAt rule } } }", new { id = "cus_10" }))["customer"]!["lineage"]!.AsArray();

        Assert.Equal(["email", "city"], lineage.Select(l => l!["field"]!.GetValue<string>()));
        Assert.Equal(("shop", "s10", "most-recent"), (lineage[0]!["source"]!.GetValue<string>(), lineage[0]!["sourceId"]!.GetValue<string>(), lineage[0]!["rule"]!.GetValue<string>()));
        Assert.Equal(Some.LineageChangedAt, DateTimeOffset.Parse(lineage[0]!["changedAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(("operator", "override"), (lineage[1]!["source"]!.GetValue<string>(), lineage[1]!["rule"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Chinese_names_and_quotes_arrive_as_readable_text_rather_than_escapes()
    {
        var api = await server.ReaderAsync();

        var named = await api.QueryAsync($$"""{ customer(id: "{{CustomerId.Format(Some.ChineseNamedCustomer)}}") { displayName } }""");
        var refused = await api.QueryAsync("""{ customers(after: "it's") { totalCount } }""");

        Assert.Contains($"\"displayName\":\"{Some.ChineseName}\"", named.Text);
        Assert.Contains("'it's'", refused.Text);
    }

    [Fact]
    public async Task A_customer_is_found_through_node_and_reports_its_type()
    {
        var api = await server.ReaderAsync();

        var node = (await api.DataAsync("""{ node(id: "cus_3") { __typename id ... on Customer { displayName kind } } }"""))["node"]!;

        Assert.Equal("Customer", node["__typename"]!.GetValue<string>());
        Assert.Equal("cus_3", node["id"]!.GetValue<string>());
        Assert.Equal("Customer 3", node["displayName"]!.GetValue<string>());
        Assert.Equal("PERSON", node["kind"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("cus_4")]
    [InlineData("cus_99999")]
    [InlineData("ord_3")]
    [InlineData("3")]
    public async Task An_unknown_id_finds_nothing_rather_than_failing(string id)
    {
        var api = await server.ReaderAsync();

        var data = await api.DataAsync("query($id: ID!) { customer(id: $id) { id } node(id: $id) { id } }", new { id });

        Assert.Null(data["customer"]);
        Assert.Null(data["node"]);
    }

    [Fact]
    public async Task The_sources_of_every_customer_on_a_page_come_from_one_batched_load()
    {
        var api = await server.ReaderAsync();
        var batchesBefore = server.Log.RecordBatches.Count;

        var edges = (await api.DataAsync("""
            { customers(first: 6) { edges { node { id recordCount sources {
                source sourceId fullName givenName familyName email phone city country company externalId attributes { name value } } } } } }
            """))["customers"]!["edges"]!.AsArray();

        var numbers = ApiServer.CustomerNumbers.Take(6).ToList();
        Assert.Equal(batchesBefore + 1, server.Log.RecordBatches.Count);
        Assert.Equal(numbers.Order(), server.Log.RecordBatches.Last().Order());
        foreach (var (edge, number) in edges.Zip(numbers))
        {
            var node = edge!["node"]!;
            var sources = node["sources"]!.AsArray();
            Assert.Equal(node["recordCount"]!.GetValue<int>(), sources.Count);
            var shop = sources.Single(s => s!["source"]!.GetValue<string>() == Some.Shop)!;
            Assert.Equal($"shop-{number}", shop["sourceId"]!.GetValue<string>());
            Assert.Equal($"customer{number}@example.com", shop["email"]!.GetValue<string>());
            Assert.Empty(shop["attributes"]!.AsArray());
            var callCenter = sources.SingleOrDefault(s => s!["source"]!.GetValue<string>() == Some.CallCenter);
            Assert.Equal(Some.HasCallCenterRecord(number), callCenter is not null);
            if (callCenter is null) continue;
            Assert.Equal($"loyalty-{number}", callCenter["externalId"]!.GetValue<string>());
            Assert.Equal(
                [("agent", "A7"), ("tier", number % 4 == 0 ? "gold" : "silver")],
                callCenter["attributes"]!.AsArray().Select(a => (a!["name"]!.GetValue<string>(), a["value"]!.GetValue<string>())));
        }
    }

    [Fact]
    public async Task The_plugins_the_hub_found_are_listed_with_their_status()
    {
        var api = await server.ReaderAsync();

        var plugins = (await api.DataAsync("{ plugins { id version contractsVersion status message location } }"))["plugins"]!.AsArray();

        Assert.Equal(["commerce", "legacy-crm"], plugins.Select(p => p!["id"]!.GetValue<string>()));
        Assert.Equal(["LOADED", "INCOMPATIBLE"], plugins.Select(p => p!["status"]!.GetValue<string>()));
        Assert.Equal(["BUNDLED", "INSTALLED"], plugins.Select(p => p!["location"]!.GetValue<string>()));
        Assert.Equal("1.2.0", plugins[0]!["version"]!.GetValue<string>());
        Assert.Null(plugins[1]!["version"]);
        Assert.Contains("9.0.0", plugins[1]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_store_failure_answers_a_generic_error_and_is_logged_on_the_server()
    {
        var api = await server.ReaderAsync();

        var response = await api.QueryAsync($$"""{ customer(id: "{{CustomerId.Format(QueryLog.FailingCustomerNumber)}}") { id } plugins { id } }""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("INTERNAL_SERVER_ERROR", response.FirstErrorCode);
        var body = response.Body.ToJsonString();
        Assert.DoesNotContain(QueryLog.SecretFailureDetail, body);
        Assert.DoesNotContain("InvalidOperation", body);
        Assert.DoesNotContain("stack", body, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(2, response.Body["data"]!["plugins"]!.AsArray().Count);
        Assert.Contains(server.Logs.Entries, e => e.Exception?.Message == QueryLog.SecretFailureDetail);
    }
}
