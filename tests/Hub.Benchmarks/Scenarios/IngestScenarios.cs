using Hub.Contracts;
using Hub.Core.Model;
using Hub.Core.Plugins;
using Hub.Pipeline.Connectors;
using Hub.Pipeline.Ingest;
using Hub.Pipeline.Privacy;
using Hub.SampleData;

namespace Hub.Benchmarks.Scenarios;

/// <summary>
/// Customer files through the whole ingest pipeline into the embedded store: the files plugin (loaded from disk) parses,
/// the host validates, quarantines, upserts and commits batch by batch. Each file is its own run under its own source, as
/// one <c>hub import customers FILE --source NAME</c> (or one <c>hub sync</c>) per file would store it.
/// </summary>
internal sealed class IngestScenarios(IReadOnlyList<SampleFile> files)
{
    private const string Stream = "customers";

    private long Rows => files.Sum(f => (long)f.Rows);

    /// <summary>
    /// <c>hub import customers FILE --source NAME</c> for every file, each with services composed afresh as each command
    /// does. An import is a one-off read: it has no connector instance, so no checkpoint is written.
    /// </summary>
    public async Task<ScenarioResult> ImportAsync(string name, string databasePath, CancellationToken cancellationToken)
    {
        var (counts, elapsed, cpu, peak) = await Measured.RunAsync(async () =>
        {
            var total = new RunCounts();
            foreach (var file in files)
            {
                await using var hub = await HubServices.OpenAsync(databasePath, cancellationToken);
                var run = await hub.Get<ImportService>().ImportAsync(Stream, file.Path, file.Source, map: null, progress: null, cancellationToken);
                total = total.Add(Succeeded(run, file));
            }

            return total;
        });
        return new ScenarioResult(name, Rows, elapsed, cpu, peak, counts);
    }

    /// <summary>
    /// A files connector instance per file, synced once: the ingest part of <c>hub sync ID</c>, which also moves the
    /// instance's checkpoint in every batch's transaction. Identity resolution, which <c>hub sync</c> runs afterwards,
    /// is left out: it is measured on its own.
    /// </summary>
    public async Task<ScenarioResult> SyncAsync(string name, string databasePath, CancellationToken cancellationToken)
    {
        var (counts, elapsed, cpu, peak) = await Measured.RunAsync(async () =>
        {
            var total = new RunCounts();
            foreach (var file in files)
            {
                await using var hub = await HubServices.OpenAsync(databasePath, cancellationToken);
                var settings = new Dictionary<string, string>(StringComparer.Ordinal) { ["path"] = file.Path, ["stream"] = Stream };
                var instance = await hub.Get<ConnectorService>().AddAsync(file.Source, ImportService.FilesPluginId, schedule: null, settings, cancellationToken);
                var connector = ConnectorLookup.Require(hub.Get<IPluginCatalog>(), instance.PluginId);
                var context = hub.Get<ConnectorContextFactory>().Create(instance, connector);
                var request = new IngestRequest(connector, context, instance.Id, "schedule", Full: false);
                var run = await hub.Get<IngestPipeline>().RunAsync(request, progress: null, cancellationToken);
                total = total.Add(Succeeded(run, file));
            }

            return total;
        });
        return new ScenarioResult(name, Rows, elapsed, cpu, peak, counts);
    }

    /// <summary>
    /// The first stages of the pipeline alone, to show where the time goes: the files connector reading every file into
    /// batches (opening, CSV parsing, row conversion) and, with <paramref name="validate"/>, the host's validation of each
    /// batch. Nothing is stored.
    /// </summary>
    public async Task<ScenarioResult> ReadAsync(string name, string databasePath, bool validate, CancellationToken cancellationToken)
    {
        var (read, elapsed, cpu, peak) = await Measured.RunAsync(async () =>
        {
            await using var hub = await HubServices.OpenAsync(databasePath, cancellationToken);
            var connector = ConnectorLookup.Require(hub.Get<IPluginCatalog>(), ImportService.FilesPluginId);
            var preparer = new BatchPreparer(hub.Get<RecordValidator>());
            long stored = 0;
            foreach (var file in files)
            {
                var settings = new Dictionary<string, string>(StringComparer.Ordinal) { ["path"] = file.Path, ["stream"] = Stream };
                var context = hub.Get<ConnectorContextFactory>().Create($"read:{file.Source}", file.Source, ImportService.FilesPluginId, settings, connector);
                await foreach (var batch in connector.ReadAsync(context, Checkpoint.Start, cancellationToken))
                {
                    stored += validate ? preparer.Prepare(batch, runId: 0, connectorId: null, file.Source, SuppressionFilter.None).Records.Count : batch.Records.Count;
                }
            }

            return stored;
        });
        // Every sample row is a storable customer, so a stage that kept fewer lost some.
        return read == Rows
            ? new ScenarioResult(name, Rows, elapsed, cpu, peak)
            : throw new InvalidOperationException($"{name} kept {read} of {Rows} rows");
    }

    private static RunCounts Succeeded(SyncRun run, SampleFile file) =>
        run.Outcome == RunOutcome.Succeeded
            ? run.Counts
            : throw new InvalidOperationException($"the run over {Path.GetFileName(file.Path)} ended {run.Outcome}: {run.Error}");
}
