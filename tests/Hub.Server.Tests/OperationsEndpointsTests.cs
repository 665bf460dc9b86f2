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
    public async Task Readyz_is_200_with_healthy_checks_while_the_database_is_there_and_503_with_a_reason_once_it_is_gone()
    {
        await using var server = await _hub.ServeAsync();

        var ready = await WaitForReadyzAsync(server, body => body.GetProperty("status").GetString() == "ready");
        Assert.Empty(ready.GetProperty("reasons").EnumerateArray());
        var checks = ready.GetProperty("checks");
        foreach (var check in new[] { "database", "scheduler", "plugins", "connectors" })
            Assert.Equal("healthy", checks.GetProperty(check).GetProperty("status").GetString());
        Assert.Equal("sqlite", checks.GetProperty("database").GetProperty("data").GetProperty("engine").GetString());
        Assert.Equal("running", checks.GetProperty("scheduler").GetProperty("data").GetProperty("state").GetString());
        Assert.True(checks.GetProperty("plugins").GetProperty("data").GetProperty("loaded").GetInt32() >= 5, checks.GetProperty("plugins").ToString());

        foreach (var file in Directory.GetFiles(_hub.DataDirectory, "hub.db*")) File.Delete(file);

        using var notReady = await server.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, notReady.StatusCode);
        Assert.Equal("application/json", notReady.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(await notReady.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal("not ready", body.GetProperty("status").GetString());
        Assert.Contains("database", Assert.Single(body.GetProperty("reasons").EnumerateArray()).GetString(), StringComparison.Ordinal);
        Assert.Equal("unhealthy", body.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        using var alive = await server.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
    }

    [Fact]
    public async Task A_scheduled_connector_that_keeps_failing_is_stale_in_readyz_and_metrics_while_the_hub_stays_ready()
    {
        _folder.Write("data/hub.json", """{ "Hub": { "Health": { "StaleAfterIntervals": 2 } } }""");
        var csv = _folder.Write("customers.csv", SampleCsv.Customers);
        (await _hub.RunAsync("connectors", "add", "drop", "--plugin", "files", "--schedule", "* * * * * ?", "--set", $"path={csv}")).AssertSuccess();
        // Every scheduled sync now fails at once: the file it reads is gone.
        File.Delete(csv);
        await using var server = await _hub.ServeAsync();

        // Stale as soon as two firings have passed since it was added, and with its error once a scheduled sync has failed.
        var body = await WaitForReadyzAsync(server, b => b.GetProperty("checks").GetProperty("connectors").GetProperty("data")
            .TryGetProperty("stale", out var stale) && stale.EnumerateArray().Any(c => c.GetProperty("lastError").ValueKind == JsonValueKind.String));

        Assert.Equal("ready", body.GetProperty("status").GetString());
        Assert.Empty(body.GetProperty("reasons").EnumerateArray());
        var connectors = body.GetProperty("checks").GetProperty("connectors");
        Assert.Contains("drop", connectors.GetProperty("description").GetString(), StringComparison.Ordinal);
        var data = connectors.GetProperty("data");
        Assert.Equal(2, data.GetProperty("staleAfterIntervals").GetInt32());
        var drop = Assert.Single(data.GetProperty("stale").EnumerateArray());
        Assert.Equal("drop", drop.GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, drop.GetProperty("lastSucceededAt").ValueKind);
        Assert.Equal("failed", drop.GetProperty("lastOutcome").GetString());
        Assert.Contains("file not found", drop.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        Assert.Equal("00:00:01", drop.GetProperty("expectedInterval").GetString());

        using var metrics = await server.GetAsync("/metrics");
        var text = await metrics.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(GaugeValue(text, "hub_connectors_stale") >= 1, text);
        Assert.Equal(1, GaugeValue(text, "hub_connector_stale", "connector=\"drop\""));
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

    /// <summary>
    /// GETs /readyz until its body satisfies <paramref name="expected"/>: the scheduler starts a moment after the hub
    /// answers HTTP, and a connector becomes stale only after its schedule has fired.
    /// </summary>
    private static async Task<JsonElement> WaitForReadyzAsync(RunningHub server, Func<JsonElement, bool> expected)
    {
        var body = default(JsonElement);
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (attempt > 0) await Task.Delay(300, TestContext.Current.CancellationToken);
            using var response = await server.GetAsync("/readyz");
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
            body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.Clone();
            if (expected(body))
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                return body;
            }
        }

        Assert.Fail($"/readyz never answered as expected; the last answer: {body}");
        return body;
    }

    /// <summary>The value of the Prometheus sample of <paramref name="metric"/> whose labels include <paramref name="label"/>, or NaN.</summary>
    private static double GaugeValue(string exposition, string metric, string? label = null)
    {
        var sample = exposition.Split('\n').FirstOrDefault(line =>
            (line.StartsWith(metric + " ", StringComparison.Ordinal) || line.StartsWith(metric + "{", StringComparison.Ordinal))
            && (label is null || line.Contains(label, StringComparison.Ordinal)));
        return sample is null ? double.NaN : double.Parse(sample.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose() => _folder.Dispose();
}
