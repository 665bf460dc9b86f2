using System.Collections.Concurrent;
using Hub.Core.Model;
using Hub.Core.Storage;
using Hub.Core.Sync;

namespace Hub.Api.Tests;

/// <summary>A sync that reads nothing but is recorded as a real run in the store, so the API shows it.</summary>
public sealed class RunRecordingSyncRunner(IIngestStore ingest) : ISyncRunner
{
    private readonly ConcurrentQueue<(string ConnectorId, string Trigger)> calls = new();

    public IReadOnlyList<(string ConnectorId, string Trigger)> Calls => [.. calls];

    public async Task<SyncRun> SyncAsync(string connectorId, string trigger, bool full, IProgress<RunCounts>? progress, CancellationToken cancellationToken)
    {
        calls.Enqueue((connectorId, trigger));
        var runId = await ingest.StartRunAsync(connectorId, connectorId, trigger, cancellationToken);
        await ingest.FinishRunAsync(runId, RunOutcome.Succeeded, null, cancellationToken);
        return (await ingest.GetRunAsync(runId, cancellationToken))!;
    }
}
