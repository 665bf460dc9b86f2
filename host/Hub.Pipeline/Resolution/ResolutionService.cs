using System.Diagnostics;
using Hub.Core.Model;
using Hub.Core.Storage;
using Hub.Identity;
using Microsoft.Extensions.Logging;

namespace Hub.Pipeline.Resolution;

/// <summary>Runs identity resolution against the store: load records, resolve (pure), save clusters and golden records.</summary>
public sealed class ResolutionService(IIdentityStore store, IDecisionStore decisions, IIdentityResolver resolver, ILogger<ResolutionService> logger)
{
    // One resolution at a time in a process: two at once would each assign numbers from the same snapshot.
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>
    /// What a full resolution with the current settings, model and decisions would merge and split, without saving
    /// anything: the way to try a threshold or rule change before applying it.
    /// </summary>
    public async Task<ResolutionPreview> PreviewAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var request = await RequestAsync(retrain: false, cancellationToken);
            return Compare(request.Records, resolver.Resolve(request));
        }
        finally
        {
            _gate.Release();
        }
    }

    // Everything a resolution starts from: every record, the highest number given out, the stored model, the decision log.
    private async Task<ResolutionRequest> RequestAsync(bool retrain, CancellationToken cancellationToken)
    {
        var records = await store.LoadCustomerRecordsAsync(cancellationToken);
        var maxNumber = await store.GetMaxCustomerNumberAsync(cancellationToken);
        var model = await store.LoadModelAsync(cancellationToken);
        var log = await decisions.ListAsync(cancellationToken);
        return new ResolutionRequest(records, maxNumber) { Model = model, Retrain = retrain, Decisions = log };
    }

    private static ResolutionPreview Compare(IReadOnlyList<StoredCustomerRecord> records, ResolutionOutcome outcome)
    {
        var before = records.Where(r => r.CustomerNumber is not null).ToLookup(r => r.CustomerNumber!.Value, r => outcome.CustomerOfRecord[r.RowId]);
        var after = records.Where(r => r.CustomerNumber is not null).ToLookup(r => outcome.CustomerOfRecord[r.RowId], r => r.CustomerNumber!.Value);
        var merges = after
            .Select(group => (IReadOnlyList<long>)group.Distinct().Order().ToList())
            .Where(old => old.Count > 1)
            .OrderBy(old => old[0])
            .ToList();
        var splits = before
            .Select(group => (Customer: group.Key, Parts: group.Distinct().Count()))
            .Where(s => s.Parts > 1)
            .OrderBy(s => s.Customer)
            .ToList();
        return new ResolutionPreview(records.Count, before.Count, outcome.Customers.Count, merges, splits, records.Count(r => r.CustomerNumber is null))
        {
            Report = outcome.Report,
        };
    }

    /// <summary>
    /// Resolves every customer record into customers. <paramref name="full"/> is accepted for the incremental engine to come;
    /// today every run considers all records. <paramref name="retrain"/> re-estimates the model's parameters from the records.
    /// </summary>
    public async Task<ResolutionSummary> ResolveAsync(bool full, CancellationToken cancellationToken, bool retrain = false)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var watch = Stopwatch.StartNew();
            var request = await RequestAsync(retrain, cancellationToken);
            var records = request.Records;
            var outcome = resolver.Resolve(request);
            await store.SaveResolutionAsync(outcome, cancellationToken);
            var summary = new ResolutionSummary(records.Count, outcome.Customers.Count, watch.Elapsed)
            {
                PairsCompared = outcome.PairsCompared,
                Report = outcome.Report,
            };
            logger.LogInformation("Resolved {Records} records into {Customers} customers in {Elapsed} (full: {Full})", summary.Records, summary.Customers, summary.Elapsed, full);
            return summary;
        }
        finally
        {
            _gate.Release();
        }
    }
}
