using System.Diagnostics;
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
    /// Resolves every customer record into customers. <paramref name="full"/> is accepted for the incremental engine to come;
    /// today every run considers all records. <paramref name="retrain"/> re-estimates the model's parameters from the records.
    /// </summary>
    public async Task<ResolutionSummary> ResolveAsync(bool full, CancellationToken cancellationToken, bool retrain = false)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var watch = Stopwatch.StartNew();
            var records = await store.LoadCustomerRecordsAsync(cancellationToken);
            var maxNumber = await store.GetMaxCustomerNumberAsync(cancellationToken);
            var model = await store.LoadModelAsync(cancellationToken);
            var log = await decisions.ListAsync(cancellationToken);
            var outcome = resolver.Resolve(new ResolutionRequest(records, maxNumber) { Model = model, Retrain = retrain, Decisions = log });
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
