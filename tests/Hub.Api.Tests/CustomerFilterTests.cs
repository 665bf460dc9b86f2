using System.Text.Json.Nodes;
using Hub.Core.Model;

namespace Hub.Api.Tests;

/// <summary>
/// The customers connection's filter and orderBy, against the seeded customers (see <see cref="Some"/>): every fifth customer is an organization with a company, every second has a call-center record (two records, a phone),
/// birth dates run one day apart from 1980-01-01, customer 15 is named in Chinese. Expected answers are worked out here
/// from those rules, not read back from the API.
/// </summary>
public sealed class CustomerFilterTests(ApiServer server) : IClassFixture<ApiServer>
{
    private const string Query = """
        query Filtered($filter: CustomerFilter, $orderBy: [CustomerOrder!], $first: Int) {
          customers(filter: $filter, orderBy: $orderBy, first: $first) { totalCount edges { node { id } } }
        }
        """;

    private static readonly IReadOnlyList<long> All = ApiServer.CustomerNumbers;

    public static TheoryData<string, string> Filters => new()
    {
        { """{ "kind": { "eq": "ORGANIZATION" } }""", "5,10,15" },
        { """{ "kind": { "in": ["ORGANIZATION", "INTERNAL"] } }""", "5,10,15" },
        { """{ "id": { "gt": 10 } }""", "11,12,14,15" },
        { """{ "id": { "gte": 10, "lt": 12 } }""", "10,11" },
        { """{ "id": { "lte": 2 } }""", "1,2" },
        { """{ "id": { "in": [3, 7, 99] } }""", "3,7" },
        { """{ "recordCount": { "eq": 2 } }""", "2,6,10,12,14" },
        { """{ "birthDate": { "gte": "1980-01-11" } }""", "10,11,12,14,15" },
        { """{ "birthDate": { "lt": "1980-01-04", "isNull": false } }""", "1,2" },
        { """{ "birthDate": { "eq": "1980-01-08" } }""", "7" },
        { """{ "birthDate": { "in": ["1980-01-02", "1980-01-16"] } }""", "1,15" },
        { """{ "company": { "isNull": false } }""", "5,10,15" },
        { """{ "company": { "isNull": true } }""", "1,2,3,6,7,9,11,12,14" },
        { """{ "displayName": { "startsWith": "customer 1" } }""", "1,10,11,12,14" },
        { """{ "displayName": { "contains": "TOMER 1" } }""", "1,10,11,12,14" },
        { """{ "displayName": { "eq": "王芳" } }""", "15" },
        { """{ "displayName": { "in": ["Customer 2", "customer 3", "Customer 9"] } }""", "2,9" },
        { """{ "displayName": { "contains": "%" } }""", "" },
        { """{ "city": { "eq": "Hangzhou" }, "country": { "eq": "CN" } }""", "1,2,3,5,6,7,9,10,11,12,14,15" },
        { """{ "source": { "eq": "callcenter" } }""", "2,6,10,12,14" },
        { """{ "source": { "in": ["nowhere"] } }""", "" },
        { """{ "phone": { "isNull": true } }""", "1,3,5,7,9,11,15" },
        { """{ "email": { "eq": "customer7@example.com" } }""", "7" },
        { """{ "not": { "kind": { "eq": "PERSON" } } }""", "5,10,15" },
        { """{ "not": { "company": { "eq": "Company 5" } } }""", "1,2,3,6,7,9,10,11,12,14,15" },
        { """{ "or": [{ "id": { "eq": 1 } }, { "kind": { "eq": "ORGANIZATION" } }] }""", "1,5,10,15" },
        { """{ "and": [{ "id": { "gt": 5 } }, { "recordCount": { "eq": 1 } }] }""", "7,9,11,15" },
        { """{ "or": [] }""", "" },
        { """{ "and": [] }""", "1,2,3,5,6,7,9,10,11,12,14,15" },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Each_filter_operator_selects_the_customers_it_describes_and_totalCount_counts_them(string filter, string expected)
    {
        var api = await server.ReaderAsync();

        var customers = (await api.DataAsync(Query, new { filter = JsonNode.Parse(filter), first = 500 }))["customers"]!;

        var want = expected.Length == 0 ? [] : expected.Split(',').Select(n => CustomerId.Format(long.Parse(n))).ToList();
        Assert.Equal(want, Ids(customers));
        Assert.Equal(want.Count, customers["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Ordering_by_a_text_field_descending_breaks_ties_by_id_and_puts_missing_values_first()
    {
        var api = await server.ReaderAsync();
        var orderBy = JsonNode.Parse("""[{ "field": "COMPANY", "direction": "DESC" }, { "field": "RECORD_COUNT" }]""");

        var customers = (await api.DataAsync(Query, new { orderBy, first = 500 }))["customers"]!;

        // Without a company first (descending), those by record count then id; then the companies Z to A.
        var withoutCompany = All.Where(n => n % 5 != 0).OrderBy(n => Some.HasCallCenterRecord(n) ? 2 : 1).ThenBy(n => n);
        var companies = All.Where(n => n % 5 == 0).OrderByDescending(n => $"Company {n}", StringComparer.Ordinal);
        Assert.Equal([.. withoutCompany.Concat(companies).Select(CustomerId.Format)], Ids(customers));
    }

    [Fact]
    public async Task Ordering_by_name_ascending_follows_the_code_point_order_of_the_names()
    {
        var api = await server.ReaderAsync();
        var orderBy = JsonNode.Parse("""[{ "field": "DISPLAY_NAME" }]""");

        var customers = (await api.DataAsync(Query, new { orderBy, first = 500 }))["customers"]!;

        var expected = All.OrderBy(n => Some.Golden(n).DisplayName, StringComparer.Ordinal).ThenBy(n => n);
        Assert.Equal([.. expected.Select(CustomerId.Format)], Ids(customers));
    }

    [Fact]
    public async Task A_key_without_the_pii_scope_may_not_filter_or_order_on_personal_data()
    {
        var api = server.ClientWith(await server.CreateKeyAsync(pii: false));

        var filtered = await api.QueryAsync(Query, new { filter = JsonNode.Parse("""{ "email": { "contains": "customer" } }""") });
        var ordered = await api.QueryAsync(Query, new { orderBy = JsonNode.Parse("""[{ "field": "BIRTH_DATE" }]""") });
        var allowed = await api.QueryAsync(Query, new { filter = JsonNode.Parse("""{ "city": { "eq": "Hangzhou" } }""") });

        Assert.Equal("FORBIDDEN", filtered.FirstErrorCode);
        Assert.Contains("pii scope", filtered.ErrorMessages[0], StringComparison.Ordinal);
        Assert.Equal("FORBIDDEN", ordered.FirstErrorCode);
        Assert.Null(allowed.Body["errors"]);
    }

    private static List<string> Ids(JsonNode customers) =>
        [.. customers["edges"]!.AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>())];
}
