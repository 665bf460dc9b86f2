using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Hub.Api.Tests;

/// <summary>The limits that protect the hub, over HTTP, with the small values <see cref="LimitsServer"/> configures.</summary>
public sealed class LimitsTests(LimitsServer server) : IClassFixture<LimitsServer>
{
    private const string GraphQLResponse = "application/graphql-response+json";

    [Fact]
    public async Task A_query_nested_deeper_than_the_limit_is_refused_before_it_runs()
    {
        var client = await server.ReaderAsync();
        const string query = "{ customers(first: 1) { edges { node { sources { attributes { name } } } } } }";

        var json = await client.QueryAsync(query);
        var graphQLResponse = await client.QueryAsync(query, accept: GraphQLResponse);

        Assert.Equal(HttpStatusCode.OK, json.Status);
        Assert.Equal(HttpStatusCode.BadRequest, graphQLResponse.Status);
        foreach (var response in new[] { json, graphQLResponse })
        {
            Assert.Equal("QUERY_TOO_DEEP", response.FirstErrorCode);
            var message = Assert.Single(response.ErrorMessages);
            Assert.Contains("6 levels", message);
            Assert.Contains($"at most {LimitsServer.MaxDepth} (Hub:Api:MaxDepth)", message);
            Assert.False(response.Body.AsObject().ContainsKey("data"));
        }
    }

    [Fact]
    public async Task A_query_as_deep_as_the_limit_runs()
    {
        var data = await (await server.ReaderAsync()).DataAsync("{ customers(first: 1) { edges { node { sources { source } } } } }");

        Assert.Empty(data["customers"]!["edges"]!.AsArray());
    }

    [Fact]
    public async Task Introspection_does_not_count_toward_the_depth_limit()
    {
        var data = await (await server.ReaderAsync()).DataAsync("{ __type(name: \"Customer\") { fields { type { ofType { ofType { name } } } } } }");

        Assert.NotEmpty(data["__type"]!["fields"]!.AsArray());
    }

    [Theory]
    [InlineData("{ customers(first: 60) { edges { node { id } } } }", 121)]
    [InlineData("{ customers(last: 60) { edges { node { id } } } }", 121)]
    [InlineData("{ customers { edges { node { id } } } }", 101)] // the default page size, 50
    [InlineData("{ customers(first: 20) { edges { node { sources { source } } } } }", 141)] // 1 + 20 edges + 20 nodes + 20 × 5 sources
    public async Task A_query_whose_pages_add_up_to_more_than_the_cost_limit_is_refused(string query, int cost)
    {
        var response = await (await server.ReaderAsync()).QueryAsync(query, accept: GraphQLResponse);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("QUERY_TOO_COSTLY", response.FirstErrorCode);
        var message = Assert.Single(response.ErrorMessages);
        Assert.Contains($"about {cost} objects", message);
        Assert.Contains($"at most {LimitsServer.MaxCost} per request (Hub:Api:MaxCost)", message);
        Assert.Contains("first or last", message);
    }

    [Fact]
    public async Task The_cost_is_computed_from_the_page_sizes_the_variables_give()
    {
        var client = await server.ReaderAsync();
        const string query = "query($n: Int) { customers(first: $n) { edges { node { id } } } }";

        var small = await client.QueryAsync(query, new { n = 40 });
        var large = await client.QueryAsync(query, new { n = 60 });

        Assert.Empty(small.ErrorMessages);
        Assert.Equal("QUERY_TOO_COSTLY", large.FirstErrorCode);
    }

    [Fact]
    public async Task A_body_larger_than_the_limit_is_refused_with_413_naming_the_setting()
    {
        var client = await server.ReaderAsync();
        var padding = new string(' ', LimitsServer.MaxBodyBytes);

        var response = await client.QueryAsync("{ __typename }" + padding);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal("REQUEST_TOO_LARGE", response.FirstErrorCode);
        Assert.Contains("2 KiB (2,048 bytes)", Assert.Single(response.ErrorMessages));
        Assert.Contains("Hub:Api:MaxBodyBytes", response.ErrorMessages[0]);
    }

    [Fact]
    public async Task A_body_larger_than_the_limit_without_a_content_length_is_refused_with_413()
    {
        var body = Encoding.UTF8.GetBytes($$"""{"query":"{ __typename }{{new string(' ', LimitsServer.MaxBodyBytes)}}"}""");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StreamContent(new MemoryStream(body)) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TransferEncodingChunked = true;
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await server.CreateKeyAsync());

        var response = await ApiResponse.ReadAsync(await server.Client.SendAsync(request, TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal("REQUEST_TOO_LARGE", response.FirstErrorCode);
    }

    [Fact]
    public async Task A_request_that_runs_past_the_timeout_is_answered_504_at_the_deadline()
    {
        var client = await server.ReaderAsync();
        var clock = Stopwatch.StartNew();

        var response = await client.QueryAsync("{ plugins { id } }", accept: GraphQLResponse);

        Assert.True(clock.Elapsed < LimitsServer.SlowPluginsDelay - TimeSpan.FromSeconds(1), $"answered after {clock.Elapsed}, not at the deadline");
        Assert.Equal(HttpStatusCode.GatewayTimeout, response.Status);
        Assert.Equal(GraphQLResponse, response.MediaType);
        Assert.Equal("EXECUTION_TIMEOUT", response.FirstErrorCode);
        var message = Assert.Single(response.ErrorMessages);
        Assert.Contains("within 1 s (Hub:Api:ExecutionTimeoutSeconds)", message);
        Assert.Contains(server.Logs.Entries, e => e.Message.Contains("execution timeout", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_key_that_sends_more_than_its_burst_is_refused_with_429_and_retry_after()
    {
        var client = await server.ReaderAsync();
        var responses = new List<ApiResponse>();
        for (var i = 0; i < LimitsServer.Burst + 1; i++) responses.Add(await client.QueryAsync("{ __typename }"));

        Assert.All(responses.Take(LimitsServer.Burst), r => Assert.Equal(HttpStatusCode.OK, r.Status));
        var refused = responses[^1];
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal("application/json", refused.MediaType);
        Assert.Equal(TimeSpan.FromSeconds(1), refused.Headers.RetryAfter?.Delta);
        Assert.Equal("RATE_LIMITED", refused.FirstErrorCode);
        var message = Assert.Single(refused.ErrorMessages);
        Assert.Contains($"{LimitsServer.PermitsPerSecond} requests per second", message);
        Assert.Contains($"bursts of up to {LimitsServer.Burst}", message);
        Assert.Contains("Retry-After", message);
    }

    [Fact]
    public async Task Each_key_has_its_own_rate_limit()
    {
        var greedy = await server.ReaderAsync();
        for (var i = 0; i < LimitsServer.Burst + 1; i++) await greedy.QueryAsync("{ __typename }");

        var other = await (await server.ReaderAsync()).QueryAsync("{ __typename }");

        Assert.Equal(HttpStatusCode.OK, other.Status);
    }

    [Fact]
    public async Task A_key_that_waits_as_told_is_served_again()
    {
        var client = await server.ReaderAsync();
        ApiResponse refused;
        do refused = await client.QueryAsync("{ __typename }");
        while (refused.Status == HttpStatusCode.OK);

        await Task.Delay(refused.Headers.RetryAfter!.Delta!.Value, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, (await client.QueryAsync("{ __typename }")).Status);
    }
}
