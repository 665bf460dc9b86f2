using System.Net;
using System.Text.Json;

namespace Hub.Server.Tests;

/// <summary>/readyz, /metrics and the GraphiQL playground of a real <c>hub serve</c>: none of them needs a key.</summary>
public sealed class OperationsEndpointsTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly HubProcess _hub;

    public OperationsEndpointsTests() => _hub = new HubProcess(Path.Combine(_folder.Path, "data"));

    [Fact]
    public async Task Readyz_is_200_while_the_database_is_there_and_503_with_a_reason_once_it_is_gone()
    {
        await using var server = await _hub.ServeAsync();

        using (var ready = await server.GetAsync("/readyz"))
        {
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            Assert.Equal("ready", JsonDocument.Parse(await ready.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.GetProperty("status").GetString());
        }

        foreach (var file in Directory.GetFiles(_hub.DataDirectory, "hub.db*")) File.Delete(file);

        using var notReady = await server.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, notReady.StatusCode);
        Assert.Equal("application/json", notReady.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(await notReady.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal("not ready", body.GetProperty("status").GetString());
        Assert.Contains("database", Assert.Single(body.GetProperty("reasons").EnumerateArray()).GetString(), StringComparison.Ordinal);
        using var alive = await server.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
    }

    [Fact]
    public async Task Metrics_are_served_in_the_prometheus_format_and_count_graphql_requests()
    {
        var key = (await _hub.RunAsync("apikey", "create", "--role", "reader")).AssertSuccess().LastLine;
        await using var server = await _hub.ServeAsync();
        await server.QueryAsync("{ plugins { id } }", key);
        using (await server.PostGraphQLAsync("{ plugins { id } }", apiKey: null)) { }

        using var metrics = await server.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, metrics.StatusCode);
        Assert.Equal("text/plain", metrics.Content.Headers.ContentType?.MediaType);
        var text = await metrics.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("hub_graphql_requests_total{", text, StringComparison.Ordinal);
        Assert.Contains("outcome=\"ok\"", text, StringComparison.Ordinal);
        Assert.Contains("outcome=\"unauthenticated\"", text, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration_seconds", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_hub_serves_the_playground_page_without_a_key()
    {
        await using var server = await _hub.ServeAsync();

        using var page = await server.GetAsync("/graphql", accept: "text/html");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        if (!html.Contains("/graphql/playground/graphiql.min.js", StringComparison.Ordinal))
            Assert.Skip("This hub was built without the GraphiQL bundles (npm missing?).");
        using var script = await server.GetAsync("/graphql/playground/graphiql.min.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
    }

    public void Dispose() => _folder.Dispose();
}
