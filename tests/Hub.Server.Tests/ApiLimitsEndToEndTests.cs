using System.Net;
using System.Text.Json;

namespace Hub.Server.Tests;

/// <summary>The GraphQL limits of a real <c>hub serve</c>, set the way an operator sets them: in the data dir's hub.json.</summary>
public sealed class ApiLimitsEndToEndTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly HubProcess _hub;

    public ApiLimitsEndToEndTests() => _hub = new HubProcess(Path.Combine(_folder.Path, "data"));

    [Fact]
    public async Task Limits_set_in_hub_json_are_applied_by_hub_serve()
    {
        _folder.Write("data/hub.json", """{ "Hub": { "Api": { "MaxDepth": 3, "RateLimit": { "PermitsPerSecond": 1, "Burst": 2 } } } }""");
        var key = (await _hub.RunAsync("apikey", "create", "--role", "reader")).AssertSuccess().LastLine;
        await using var server = await _hub.ServeAsync();

        using var deep = await server.PostGraphQLAsync("{ customers(first: 1) { edges { node { id } } } }", key);
        var deepBody = await deep.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, deep.StatusCode);
        Assert.Equal("QUERY_TOO_DEEP", JsonDocument.Parse(deepBody).RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("at most 3 (Hub:Api:MaxDepth)", deepBody, StringComparison.Ordinal);

        // A burst of 2 and one more per second: a quick run of requests soon finds the bucket empty.
        var statuses = new List<HttpStatusCode>();
        TimeSpan? retryAfter = null;
        while (statuses.Count < 6 && retryAfter is null)
        {
            using var response = await server.PostGraphQLAsync("{ __typename }", key);
            statuses.Add(response.StatusCode);
            retryAfter = response.Headers.RetryAfter?.Delta;
        }
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.Equal(TimeSpan.FromSeconds(1), retryAfter);
    }

    [Fact]
    public async Task A_limit_that_is_not_a_positive_number_stops_hub_serve_with_a_clear_error()
    {
        _folder.Write("data/hub.json", """{ "Hub": { "Api": { "MaxCost": "lots" } } }""");

        var serve = await _hub.RunAsync(TimeSpan.FromMinutes(1), "serve", "--urls", "http://127.0.0.1:0");

        serve.AssertUserError("Hub:Api:MaxCost must be a positive whole number");
    }

    public void Dispose() => _folder.Dispose();
}
