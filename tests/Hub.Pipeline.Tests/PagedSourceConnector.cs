using System.Globalization;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using Hub.Contracts;
using Microsoft.Extensions.Logging;

namespace Hub.Pipeline.Tests;

/// <summary>
/// A connector over <see cref="PagedSource"/>, written as a plugin would be: it reads with the host's HTTP client, lets
/// failures propagate, and uses the position reached as its checkpoint.
/// </summary>
internal sealed class PagedSourceConnector : IConnector
{
    private int _batchesRead;

    /// <summary>How many batches this instance has yielded.</summary>
    public int BatchesRead => _batchesRead;

    public IReadOnlyList<SettingDefinition> Settings { get; } =
    [
        new("url", "The source's address", Required: true),
        new("token", "The source's API token", Required: true, Secret: true),
    ];

    // Asks for the first page, as a real connector's check would.
    public async Task<CheckResult> CheckAsync(ConnectorContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpClient ?? throw new InvalidOperationException("the host gives connectors an HTTP client");
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(new Uri(context.Settings.GetRequired("url")), "customers?after=0"));
        request.Headers.Authorization = new("Bearer", context.Settings.GetRequired("token"));
        using var response = await http.SendAsync(request, cancellationToken);
        return response.IsSuccessStatusCode ? CheckResult.Success("the source answers") : CheckResult.Failure($"the source answered {(int)response.StatusCode}");
    }

    public async IAsyncEnumerable<RecordBatch> ReadAsync(ConnectorContext context, Checkpoint checkpoint, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var http = context.HttpClient ?? throw new InvalidOperationException("the host gives connectors an HTTP client");
        var after = checkpoint.IsStart ? 0 : int.Parse(checkpoint.Value!, CultureInfo.InvariantCulture);
        var address = new Uri(context.Settings.GetRequired("url"));
        while (true)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(address, $"customers?after={after}"));
            request.Headers.Authorization = new("Bearer", context.Settings.GetRequired("token"));
            using var response = await http.SendAsync(request, cancellationToken);
            response.EnsureSuccessStatusCode();
            var ids = await response.Content.ReadFromJsonAsync<List<string>>(cancellationToken) ?? [];
            if (ids.Count == 0) yield break;
            context.Logger.LogInformation("Read {Count} customers after {After}", ids.Count, after);
            after += ids.Count;
            Interlocked.Increment(ref _batchesRead);
            yield return new RecordBatch(ids.Select(id => (SourceRecord)new CustomerRecord { SourceId = id, FullName = "Customer " + id }).ToList(),
                new Checkpoint(after.ToString(CultureInfo.InvariantCulture)));
        }
    }
}
