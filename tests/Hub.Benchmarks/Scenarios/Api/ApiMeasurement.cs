using System.Globalization;
using System.Net;

namespace Hub.Benchmarks.Scenarios.Api;

/// <summary>
/// Issue 5's part of <c>scenarios</c>: prepares the store (<see cref="ApiStore"/>), starts the hub's web server and the
/// plain endpoint over it in this process, checks that both serve the same pages, then in every round measures both with
/// the same client loop, the hub first.
/// </summary>
internal static class ApiMeasurement
{
    public static async Task<ApiReport> RunAsync(ScenarioOptions options, string work, CancellationToken cancellationToken)
    {
        var store = await ApiStore.PrepareAsync(options.Customers, work, cancellationToken);
        var (settings, rounds, problems) = await MeasureAsync(options, store.DataDirectory, store.DatabasePath, cancellationToken);
        var (first, later) = await QueryPlan.ExplainAsync(store.DatabasePath, cancellationToken);
        Console.WriteLine("  plan, first page: " + string.Join("; ", first));
        Console.WriteLine("  plan, later page: " + string.Join("; ", later));
        return new ApiReport(store, settings, rounds, first, later, problems);
    }

    /// <summary>
    /// The rounds over one store (<see cref="BenchStorage"/>: a SQLite file or a PostgreSQL database), the hub served from
    /// <paramref name="dataDirectory"/>.
    /// </summary>
    public static async Task<(ApiLoadSettings Settings, List<ApiRound> Rounds, List<string> Problems)> MeasureAsync(
        ScenarioOptions options, string dataDirectory, string storage, CancellationToken cancellationToken)
    {
        // A tenth of the measured requests, at most 200: enough to JIT every path and warm the page cache.
        var settings = new ApiLoadSettings(WarmUp: Math.Clamp(options.ApiRequests / 10, 1, 200), options.ApiRequests, options.ApiClients, TimeSpan.FromSeconds(options.ApiSeconds));
        var problems = new List<string>();
        var rounds = new List<ApiRound>();
        var postgres = BenchStorage.IsPostgres(storage) ? BenchStorage.ConnectionString(storage) : null;
        await using (var hub = await HubApiServer.StartAsync(dataDirectory, cancellationToken, postgres))
        await using (var plain = await PlainCustomersEndpoint.StartAsync(storage, cancellationToken))
        {
            // One connection per client, kept alive, as a BI tool's HTTP client keeps them.
            using var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = Timeout.InfiniteTimeSpan, AutomaticDecompression = DecompressionMethods.None });
            var load = new ApiLoad(http);
            var hubTarget = new ApiTarget("hub GraphQL", (country, after) => ApiQuery.HubRequest(hub.Endpoint, hub.ApiKey, country, after));
            var plainTarget = new ApiTarget("plain JSON", (country, after) => ApiQuery.PlainRequest(plain.Address, country, after));
            if (!(await load.FirstPagesAsync(hubTarget, cancellationToken)).SequenceEqual(await load.FirstPagesAsync(plainTarget, cancellationToken)))
                problems.Add("the hub and the plain endpoint answered different first pages");

            for (var number = 1; number <= options.Rounds; number++)
            {
                Console.WriteLine($"API round {number} of {options.Rounds}");
                var hubLatency = Print(await load.LatencyAsync(hubTarget, settings.WarmUp, settings.Requests, cancellationToken));
                var plainLatency = Print(await load.LatencyAsync(plainTarget, settings.WarmUp, settings.Requests, cancellationToken));
                var hubThroughput = Print(await load.ThroughputAsync(hubTarget, settings.Clients, settings.Duration, cancellationToken));
                var plainThroughput = Print(await load.ThroughputAsync(plainTarget, settings.Clients, settings.Duration, cancellationToken));
                var round = new ApiRound(hubLatency, plainLatency, hubThroughput, plainThroughput);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  hub/plain throughput {round.Ratio:F2}"));
                rounds.Add(round);
            }
        }

        return (settings, rounds, problems);
    }

    private static LoadResult Print(LoadResult result)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {result.Target,-12} {result.Clients} client(s) {result.Requests,7:N0} requests in {result.Elapsed.TotalSeconds,6:F1} s = {result.PerSecond,7:N0}/s, " +
            $"p50 {result.Percentile(50),6:F1} ms, p95 {result.Percentile(95),6:F1} ms, p99 {result.Percentile(99),6:F1} ms, cpu {result.CpuTime.TotalSeconds:F1} s"));
        return result;
    }
}
