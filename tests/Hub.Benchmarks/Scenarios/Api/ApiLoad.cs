using System.Diagnostics;

namespace Hub.Benchmarks.Scenarios.Api;

/// <summary>
/// Drives an endpoint over loopback HTTP as clients would: each client walks pages (<see cref="PageWalk"/>), sends a
/// request, reads the whole answer, then sends the next. Latency is one client's requests one after another; throughput is
/// several clients at once for a fixed time. Every answer is read as a page, so an error answer fails the run instead of
/// counting as a fast request.
/// </summary>
internal sealed class ApiLoad(HttpClient http)
{
    /// <summary>One client, <paramref name="warmUp"/> requests unmeasured, then <paramref name="requests"/> timed one by one.</summary>
    public async Task<LoadResult> LatencyAsync(ApiTarget target, int warmUp, int requests, CancellationToken cancellationToken)
    {
        var walk = new PageWalk(0);
        for (var i = 0; i < warmUp; i++) await SendAsync(target, walk, cancellationToken);
        var latencies = new double[requests];
        var cpu = Measured.CpuTime();
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < requests; i++) latencies[i] = await SendAsync(target, walk, cancellationToken);
        stopwatch.Stop();
        Array.Sort(latencies);
        return new LoadResult(target.Name, 1, requests, stopwatch.Elapsed, latencies, Measured.CpuTime() - cpu);
    }

    /// <summary><paramref name="clients"/> clients at once, each as fast as its answers come, for <paramref name="duration"/>.</summary>
    public async Task<LoadResult> ThroughputAsync(ApiTarget target, int clients, TimeSpan duration, CancellationToken cancellationToken)
    {
        var cpu = Measured.CpuTime();
        var stopwatch = Stopwatch.StartNew();
        var perClient = await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            var walk = new PageWalk(client);
            var latencies = new List<double>();
            while (stopwatch.Elapsed < duration) latencies.Add(await SendAsync(target, walk, cancellationToken));
            return latencies;
        }, cancellationToken)));
        stopwatch.Stop();
        var all = perClient.SelectMany(l => l).ToArray();
        Array.Sort(all);
        return new LoadResult(target.Name, clients, all.Length, stopwatch.Elapsed, all, Measured.CpuTime() - cpu);
    }

    /// <summary>The page's first request for each country, for comparing what two endpoints answer.</summary>
    public async Task<IReadOnlyList<string>> FirstPagesAsync(ApiTarget target, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        foreach (var country in ApiQuery.Countries)
        {
            using var request = target.Request(country, null);
            using var response = await http.SendAsync(request, cancellationToken);
            ids.AddRange(PageReply.Read(await Checked(response).Content.ReadAsByteArrayAsync(cancellationToken)).Ids);
        }

        return ids;
    }

    // Timed from sending to the answer's last byte; reading it as a page (the client's work) is not.
    private async Task<double> SendAsync(ApiTarget target, PageWalk walk, CancellationToken cancellationToken)
    {
        using var request = target.Request(walk.Country, walk.After);
        var started = Stopwatch.GetTimestamp();
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        var body = await Checked(response).Content.ReadAsByteArrayAsync(cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var reply = PageReply.Read(body);
        if (reply.Ids.Count == 0) throw new InvalidOperationException($"{target.Name} answered an empty page for {walk.Country} after {walk.After ?? "the start"}");
        walk.Advance(reply);
        return elapsed;
    }

    private static HttpResponseMessage Checked(HttpResponseMessage response) =>
        response.IsSuccessStatusCode ? response : throw new InvalidOperationException($"{response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}");
}
