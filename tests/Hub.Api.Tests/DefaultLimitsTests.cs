using System.Net;

namespace Hub.Api.Tests;

/// <summary>The default limits let BI tools do what they do: big pages with nested records, schema introspection.</summary>
public sealed class DefaultLimitsTests(ApiServer server) : IClassFixture<ApiServer>
{
    private const string FullPage = """
        customers(first: 500) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges { cursor node { id displayName lineage { field source } sources { source sourceId attributes { name value } } } }
        }
        """;

    [Fact]
    public async Task A_page_of_500_customers_with_their_sources_passes_the_default_limits()
    {
        var data = await (await server.ReaderAsync()).DataAsync("{ " + FullPage + " }");

        Assert.Equal(ApiServer.CustomerNumbers.Count, data["customers"]!["edges"]!.AsArray().Count);
    }

    [Fact]
    public async Task Three_such_pages_in_one_request_are_over_the_default_cost_limit()
    {
        var response = await (await server.ReaderAsync()).QueryAsync($"{{ a: {FullPage} b: {FullPage} c: {FullPage} }}");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("QUERY_TOO_COSTLY", response.FirstErrorCode);
        Assert.Contains("at most 50,000 per request", Assert.Single(response.ErrorMessages));
    }

    [Fact]
    public async Task The_introspection_query_of_graphql_js_passes_the_default_limits()
    {
        var data = await (await server.ReaderAsync()).DataAsync(IntrospectionQuery);

        Assert.Contains(data["__schema"]!["types"]!.AsArray(), t => t!["name"]!.GetValue<string>() == "Customer");
    }

    /// <summary>The shape of graphql-js's getIntrospectionQuery(): type references nested nine ofType levels deep.</summary>
    private static readonly string IntrospectionQuery =
        $$"""
        query IntrospectionQuery {
          __schema {
            queryType { name } mutationType { name } subscriptionType { name }
            types { ...FullType }
            directives { name description locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type { {{TypeRef(9)}} }
        """;

    private static string TypeRef(int levels) => levels == 0 ? "kind name" : $"kind name ofType {{ {TypeRef(levels - 1)} }}";
}
