using System.Diagnostics;
using Hub.Core.Model;
using Hub.Core.Storage;
using Hub.Identity;
using Hub.Pipeline.Runs;
using Microsoft.Extensions.Logging;

namespace Hub.Pipeline.Resolution;

/// <summary>Runs identity resolution against the store: load records, resolve (pure), save clusters and golden records.</summary>
public sealed class ResolutionService(IIdentityStore store, IDecisionStore decisions, IIdentityResolver resolver, SyncMetrics metrics, ILogger<ResolutionService> logger)
{
    // One resolution at a time in a process: two at once would each assign numbers from the same snapshot. Between
    // processes (nodes on one PostgreSQL database, a command next to a server) the store refuses a save computed from
    // what another save, an erasure or a new decision has changed since (StaleResolutionException), and this one resolves again.
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

    // The store's resolution generation right after this process last saved with the resolver keeping its state: when the
    // store still says so, nothing else has resolved since and the state matches what is stored.
    private long? _generation;

    /// <summary>
    /// Whether the resolver keeps its state between resolutions so that later ones resolve only what changed (a running
    /// hub); off for a one-off command, which would pay for the state and never use it.
    /// </summary>
    public bool KeepState { get; set; }

    /// <summary>
    /// Resolves customer records into customers. With <see cref="KeepState"/> and a state kept by an earlier resolution in
    /// this process, only the records changed since (and decisions added since) are resolved, unless <paramref name="full"/>
    /// asks for every record; otherwise every record is. Both arrive at the same customers with the same model.
    /// <paramref name="retrain"/> re-estimates the model's parameters from all records (and so resolves all of them).
    /// </summary>
    public async Task<ResolutionSummary> ResolveAsync(bool full, CancellationToken cancellationToken, bool retrain = false)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var watch = Stopwatch.StartNew();
            if (!full && !retrain && await ResolveChangesAsync(watch, cancellationToken) is { } changes)
            {
                metrics.RecordResolution(incremental: true, changes.Elapsed);
                return changes;
            }

            var (records, outcome) = await ResolveAllAsync(retrain, cancellationToken);

            var summary = new ResolutionSummary(records.Count, outcome.Customers.Count, watch.Elapsed)
            {
                PairsCompared = outcome.PairsCompared,
                Report = outcome.Report,
            };
            logger.LogInformation("Resolved {Records} records into {Customers} customers in {Elapsed} (full: {Full})", summary.Records, summary.Customers, summary.Elapsed, full);
            metrics.RecordResolution(incremental: false, summary.Elapsed);
            return summary;
        }
        finally
        {
            _gate.Release();
        }
    }

    // Another process's save, erasure or decision while the records are resolved makes the save refuse: the outcome would
    // replace customers it never saw, reuse numbers given out meanwhile, hold an erased person or undo a merge or split.
    // Resolving again from the store as it now is settles it; a process that keeps losing to others gives up, leaving
    // the records pending for the next resolution (the others' saves have resolved what they read).
    private const int FullResolutionAttempts = 3;

    private async Task<(IReadOnlyList<StoredCustomerRecord> Records, ResolutionOutcome Outcome)> ResolveAllAsync(bool retrain, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            // Read before the records: a save landing after this, even before they are loaded, refuses this one.
            var generation = await store.GetResolutionGenerationAsync(cancellationToken);
            var erasures = await store.CountErasuresAsync(cancellationToken);
            var request = await RequestAsync(retrain, cancellationToken);
            var warm = KeepState ? resolver as IIncrementalIdentityResolver : null;
            var outcome = (warm is not null ? warm.ResolveAndKeep(request) : resolver.Resolve(request)) with
            {
                ErasuresSeen = erasures,
                GenerationSeen = generation,
                DecisionsSeen = request.Decisions.Count,
            };
            _generation = null;
            try
            {
                _generation = await store.SaveResolutionAsync(outcome, cancellationToken);
                return (request.Records, outcome);
            }
            catch (StaleResolutionException ex) when (attempt < FullResolutionAttempts)
            {
                warm?.Forget();
                logger.LogInformation("Saving every record's resolution was refused ({Reason}); resolving again (attempt {Attempt})", ex.Message, attempt + 1);
            }
            catch
            {
                warm?.Forget();
                throw;
            }
        }
    }

    /// <summary>
    /// Runs a change of stored records that no resolution of this process may overlap (an erasure), then brings the
    /// resolver's kept state up to date, so that a running hub keeps nothing of the changed records in memory: it resolves
    /// the changes (which the store now shows as deletions), or drops the state when it cannot. Without a kept state there
    /// is nothing in memory, and the next resolution reads the store as it is.
    /// </summary>
    /// <param name="change">The change; returns its result and the store's resolution generation after it, which it raised by one.</param>
    /// <param name="cancellationToken">Cancels the wait for a running resolution, and the change.</param>
    public async Task<T> ChangeRecordsAsync<T>(Func<CancellationToken, Task<(T Result, long Generation)>> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var (result, generation) = await change(cancellationToken);
            // The state still matches the store when nothing but this change was saved since this process last resolved.
            if (_generation == generation - 1) _generation = generation;
            if (KeepState && resolver is IIncrementalIdentityResolver { HasState: true } warm)
            {
                try
                {
                    if (await ResolveChangesAsync(Stopwatch.StartNew(), CancellationToken.None) is null) DropState(warm);
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    // The change itself is saved; the next resolution, now a full one, takes it in.
                    logger.LogWarning(ex, "Resolving after a change of stored records failed; the next resolution reads every record");
                    DropState(warm);
                }
            }

            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    private void DropState(IIncrementalIdentityResolver warm)
    {
        warm.Forget();
        _generation = null;
    }

    // Resolves what changed since this process's last resolution, or returns null when a full resolution is needed: no
    // state kept, another process resolved since, or the engine asks for one (a provisional model outgrown).
    private async Task<ResolutionSummary?> ResolveChangesAsync(Stopwatch watch, CancellationToken cancellationToken)
    {
        if (!KeepState || resolver is not IIncrementalIdentityResolver { HasState: true } warm || _generation is not { } generation) return null;
        var pending = await store.LoadPendingRecordsAsync(cancellationToken);
        var log = await decisions.ListAsync(cancellationToken);
        if (pending.Generation != generation)
        {
            logger.LogInformation("Another process resolved since this one did (generation {Stored}, expected {Expected}); resolving every record", pending.Generation, generation);
            warm.Forget();
            return null;
        }

        var outcome = warm.ResolveChanges(pending, log) is { } changes ? changes with { DecisionsSeen = log.Count } : null;
        if (outcome is null) return null;
        try
        {
            _generation = await store.SaveResolutionAsync(outcome, cancellationToken);
        }
        catch (StaleResolutionException)
        {
            // Another process saved (or logged a decision) between reading the changes and saving them: start again from everything.
            warm.Forget();
            _generation = null;
            return null;
        }
        catch
        {
            warm.Forget();
            _generation = null;
            throw;
        }

        var summary = new ResolutionSummary(pending.Changed.Count + pending.Deleted.Count, outcome.Customers.Count, watch.Elapsed)
        {
            PairsCompared = outcome.PairsCompared,
            Report = outcome.Report,
            Incremental = true,
        };
        logger.LogInformation("Resolved {Records} changed records in {Elapsed}: {Customers} customers reached", summary.Records, summary.Elapsed, summary.Customers);
        return summary;
    }
}
