using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Hub.Core.Storage.Customers;

namespace Hub.Benchmarks.Scenarios.Api;

/// <summary>
/// The page issue 5's target names: 50 customers, filtered by country and ordered by family name, with their sources, no
/// <c>totalCount</c>. Only fields a reader key without the pii scope sees unmasked are asked for, as a BI tool with the
/// typical key would.
/// </summary>
internal static class ApiQuery
{
    public const int PageSize = 50;

    /// <summary>The sample's four countries: each walk reads one of them, so the pages requested move around the store.</summary>
    public static readonly string[] Countries = ["DE", "US", "GB", "CN"];

    /// <summary>The ordering of the GraphQL query below, as the store receives it.</summary>
    public static readonly IReadOnlyList<CustomerOrder> Order = [new(CustomerField.FamilyName)];

    public const string GraphQL =
        "query Page($country: String!, $after: String) { customers(first: 50, after: $after, filter: {country: {eq: $country}}, " +
        "orderBy: [{field: FAMILY_NAME, direction: ASC}]) { edges { cursor node { id displayName kind givenName familyName city country recordCount " +
        "sources { source sourceId givenName familyName city country } } } pageInfo { hasNextPage endCursor } } }";

    /// <summary>The hub's request: a GraphQL POST with the query and its variables, the key as a bearer token.</summary>
    public static HttpRequestMessage HubRequest(Uri endpoint, string apiKey, string country, string? after)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new { query = GraphQL, variables = new { country, after } });
        var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        return request;
    }

    /// <summary>The plain endpoint's request for the same page.</summary>
    public static HttpRequestMessage PlainRequest(Uri address, string country, string? after)
    {
        var query = new StringBuilder("?country=").Append(Uri.EscapeDataString(country));
        if (after is not null) query.Append("&after=").Append(Uri.EscapeDataString(after));
        return new HttpRequestMessage(HttpMethod.Get, new Uri(address, address.AbsolutePath + query));
    }
}
