using System.Text.Json.Nodes;
using Hub.Core.Model;

namespace Hub.Api.Tests;

/// <summary>What a key without the pii scope sees of personal data, everywhere it appears, compared with a key that has it.</summary>
public sealed class PersonalDataMaskingTests(ApiServer server) : IClassFixture<ApiServer>
{
    private const string CustomerQuery = """
        query($id: ID!) { customer(id: $id) {
          id displayName givenName familyName email phone emails phones street city postcode country birthDate company
          lineage { field source sourceId changedAt rule }
          sources { source sourceId fullName email phone city country externalId attributes { name value } } } }
        """;

    [Fact]
    public async Task A_key_without_the_pii_scope_sees_every_personal_field_of_a_customer_masked()
    {
        var customer = await CustomerAsync(pii: false);

        Assert.Equal("c***@example.com", Text(customer, "email"));
        Assert.Equal("+86******0010", Text(customer, "phone"));
        Assert.Equal(["c***@example.com"], Texts(customer, "emails"));
        Assert.Equal(["+86******0010"], Texts(customer, "phones"));
        Assert.Equal("***", Text(customer, "street"));
        Assert.Equal("3*****", Text(customer, "postcode"));
        Assert.Null(customer["birthDate"]);
        // Names, places and companies are not personal data in this sense and stay readable.
        Assert.Equal(("Customer 10", "Given10", "Hangzhou", "CN", "Company 10"),
            (Text(customer, "displayName"), Text(customer, "givenName"), Text(customer, "city"), Text(customer, "country"), Text(customer, "company")));
    }

    [Fact]
    public async Task A_key_with_the_pii_scope_sees_every_personal_field_unmasked()
    {
        var customer = await CustomerAsync(pii: true);

        Assert.Equal("customer10@example.com", Text(customer, "email"));
        Assert.Equal("+865710000010", Text(customer, "phone"));
        Assert.Equal(["customer10@example.com"], Texts(customer, "emails"));
        Assert.Equal(["+865710000010"], Texts(customer, "phones"));
        Assert.Equal("10 Wensan Road", Text(customer, "street"));
        Assert.Equal("310012", Text(customer, "postcode"));
        Assert.Equal("1980-01-11", Text(customer, "birthDate"));
        var callCenter = Source(customer, Some.CallCenter);
        Assert.Equal("+86 571 0000010", Text(callCenter, "phone"));
    }

    [Fact]
    public async Task A_key_without_the_pii_scope_sees_the_raw_values_of_source_records_masked()
    {
        var customer = await CustomerAsync(pii: false);

        Assert.Equal("c***@example.com", Text(Source(customer, Some.Shop), "email"));
        var callCenter = Source(customer, Some.CallCenter);
        Assert.Equal("+86******0010", Text(callCenter, "phone"));
        Assert.Equal("loyalty-10", Text(callCenter, "externalId"));
        Assert.Equal([("agent", "A7"), ("tier", "silver")],
            callCenter["attributes"]!.AsArray().Select(a => (Text(a!, "name"), Text(a!, "value"))));
    }

    [Fact]
    public async Task Nothing_in_a_masked_answer_leaks_a_personal_value_lineage_included()
    {
        var api = server.ClientWith(await server.CreateKeyAsync(ApiRole.Admin, pii: false));

        var response = await api.QueryAsync(CustomerQuery, new { id = "cus_10" });

        Assert.Null(response.Body["errors"]);
        Assert.Equal(["email", "city"], response.Body["data"]!["customer"]!["lineage"]!.AsArray().Select(l => Text(l!, "field")));
        foreach (var secret in new[] { "customer10@", "0000010", "5710000010", "Wensan", "310012", "1980-01-11" })
            Assert.DoesNotContain(secret, response.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Masking_applies_to_every_customer_of_a_page_as_well()
    {
        var api = server.ClientWith(await server.CreateKeyAsync(pii: false));

        var edges = (await api.DataAsync("{ customers(first: 4) { edges { node { email phones sources { email phone } } } } }"))["customers"]!["edges"]!.AsArray();

        Assert.All(edges, e => Assert.Matches(@"^c\*\*\*@example\.com$", Text(e!["node"]!, "email")));
        Assert.All(edges.SelectMany(e => Texts(e!["node"]!, "phones")), p => Assert.Matches(@"^\+86\*+\d{4}$", p));
        Assert.All(edges.SelectMany(e => e!["node"]!["sources"]!.AsArray()), s => Assert.DoesNotContain("customer", s!["email"]?.GetValue<string>() ?? "", StringComparison.Ordinal));
    }

    private async Task<JsonNode> CustomerAsync(bool pii)
    {
        var api = server.ClientWith(await server.CreateKeyAsync(ApiRole.Reader, pii));
        return (await api.DataAsync(CustomerQuery, new { id = "cus_10" }))["customer"]!;
    }

    private static JsonNode Source(JsonNode customer, string source) =>
        customer["sources"]!.AsArray().Single(s => Text(s!, "source") == source)!;

    private static string? Text(JsonNode node, string field) => node[field]?.GetValue<string>();

    private static IEnumerable<string> Texts(JsonNode node, string field) => node[field]!.AsArray().Select(v => v!.GetValue<string>());
}
