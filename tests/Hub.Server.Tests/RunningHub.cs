using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Hub.Server.Tests;

/// <summary>A <c>hub serve</c> process; disposing it stops the process.</summary>
internal sealed class RunningHub(Process process, Uri baseAddress) : IAsyncDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };

    public Uri BaseAddress => baseAddress;

    public async Task WaitUntilHealthyAsync(TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"hub serve exited with {process.ExitCode}: {await process.StandardError.ReadToEndAsync()}");
            try
            {
                if ((await _http.GetAsync(new Uri("/healthz", UriKind.Relative))).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("hub serve did not become healthy in time");
    }

    /// <summary>GETs <paramref name="path"/> without a key, asking for <paramref name="accept"/> when given.</summary>
    public async Task<HttpResponseMessage> GetAsync(string path, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (accept is not null) request.Headers.Accept.ParseAdd(accept);
        return await _http.SendAsync(request);
    }

    /// <summary>POSTs a GraphQL query, with the key when one is given.</summary>
    public async Task<HttpResponseMessage> PostGraphQLAsync(string query, string? apiKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative))
        {
            Content = JsonContent.Create(new { query }),
        };
        if (apiKey is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        return await _http.SendAsync(request);
    }

    /// <summary>Runs a query that must succeed and returns its <c>data</c>.</summary>
    public async Task<JsonElement> QueryAsync(string query, string apiKey)
    {
        using var response = await PostGraphQLAsync(query, apiKey);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        using var document = JsonDocument.Parse(body);
        Assert.False(document.RootElement.TryGetProperty("errors", out var errors), $"errors: {errors}");
        return document.RootElement.GetProperty("data").Clone();
    }

    /// <summary>Polls the customer count until it is as expected (a sync and its resolution have run) or 30 s have passed; returns the last count.</summary>
    public async Task<int> WaitForCustomerCountAsync(string apiKey, int expected)
    {
        var count = -1;
        for (var attempt = 0; attempt < 100 && count != expected; attempt++)
        {
            if (attempt > 0) await Task.Delay(300);
            var data = await QueryAsync("{ customers(first: 1) { totalCount } }", apiKey);
            count = data.GetProperty("customers").GetProperty("totalCount").GetInt32();
        }

        return count;
    }

    /// <summary>Whether the process has ended.</summary>
    public bool HasExited => process.HasExited;

    /// <summary>The process's exit code, once it has ended.</summary>
    public int ExitCode => process.ExitCode;

    /// <summary>The process id: with <c>Hub:Runs:Node</c> unset, the runs it starts are recorded as run by <c>machine:pid</c>.</summary>
    public int ProcessId => process.Id;

    /// <summary>Kills the process outright (SIGKILL): no shutdown, no cleanup, as a crash or an OOM killer would.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    /// <summary>Asks the hub to stop as an operator's SIGTERM would, and waits for it.</summary>
    public async Task StopAsync()
    {
        if (process.HasExited) return;
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) await kill.WaitForExitAsync();
        // A stop may wait for a running sync to reach its checkpoint (Hub:Scheduling:ShutdownGrace, 30 s by default).
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
        }

        _http.Dispose();
        process.Dispose();
    }
}
