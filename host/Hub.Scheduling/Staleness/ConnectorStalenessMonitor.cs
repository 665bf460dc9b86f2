using Hub.Core.Model;
using Hub.Core.Storage;
using Hub.Core.Storage.Runs;
using Microsoft.Extensions.Options;

namespace Hub.Scheduling.Staleness;

/// <summary>
/// Gathers what <see cref="StaleConnectorRule"/> needs from the store and the scheduler, and keeps the latest
/// assessment so metrics can be read on every scrape without a database round trip.
/// </summary>
public sealed class ConnectorStalenessMonitor(
    IHubDatabase database,
    IConnectorStore connectors,
    IRunQueries runs,
    ScheduleQueries schedules,
    IOptions<SchedulingOptions> scheduling,
    IOptions<ConnectorHealthOptions> options,
    TimeProvider? time = null)
{
    private readonly StaleConnectorRule rule = new(options.Value.StaleAfterIntervals, SchedulingTimeZone.Find(scheduling.Value.TimeZoneId));
    private readonly TimeProvider clock = time ?? TimeProvider.System;
    private readonly Lock gate = new();
    private ConnectorStalenessReport? latest;

    /// <summary>The most recent assessment, or null before the first one succeeded.</summary>
    public ConnectorStalenessReport? Latest
    {
        get
        {
            lock (gate)
            {
                return latest;
            }
        }
    }

    /// <summary>Assesses every connector now and keeps the result as <see cref="Latest"/>.</summary>
    /// <exception cref="InvalidOperationException">The database is not ready, so nothing was assessed.</exception>
    public async Task<ConnectorStalenessReport> RefreshAsync(CancellationToken cancellationToken)
    {
        // Asked first because reading connectors from a database file that has gone would create an empty one in its place.
        if (await database.CheckReadyAsync(cancellationToken) is { } notReady)
        {
            throw new InvalidOperationException("the connectors were not checked: " + notReady);
        }

        var triggers = (await schedules.ListAsync(cancellationToken)).ToDictionary(s => s.ConnectorId, StringComparer.Ordinal);
        var facts = new List<ConnectorSyncFacts>();
        foreach (var connector in await connectors.ListAsync(cancellationToken))
        {
            facts.Add(await FactsAboutAsync(connector, triggers.GetValueOrDefault(connector.Id), cancellationToken));
        }

        var report = rule.Assess(facts, clock.GetUtcNow());
        lock (gate)
        {
            // A /readyz request and the periodic refresh can overlap; the newer assessment wins whichever ends last.
            if (latest is null || latest.CheckedAt <= report.CheckedAt)
            {
                latest = report;
            }
        }

        return report;
    }

    private async Task<ConnectorSyncFacts> FactsAboutAsync(ConnectorInstance connector, ScheduledSync? trigger, CancellationToken cancellationToken)
    {
        // The scheduler's trigger is what fires (and knows about a pause); a connector the reconciler has not reached yet
        // is held to its stored schedule.
        var cron = trigger?.Cron ?? StoredCron(connector);
        var paused = trigger?.State == ScheduleState.Paused;
        if (cron is null || paused)
        {
            return new ConnectorSyncFacts(connector.Id, cron, paused, connector.CreatedAt, null, null);
        }

        var succeeded = await runs.ListRunsAsync(new RunQuery(connector.Id, RunOutcome.Succeeded, null, 1), cancellationToken);
        // The newest run still going says nothing yet, so the one before it is looked at too.
        var recent = await runs.ListRunsAsync(new RunQuery(connector.Id, null, null, 2), cancellationToken);
        var lastEnded = recent.FirstOrDefault(r => r.Outcome != RunOutcome.Running);
        var failure = lastEnded is { Outcome: not RunOutcome.Succeeded } ? lastEnded : null;
        return new ConnectorSyncFacts(connector.Id, cron, paused, connector.CreatedAt, succeeded.FirstOrDefault()?.FinishedAt, failure);
    }

    private static string? StoredCron(ConnectorInstance connector) =>
        connector.Schedule is { } schedule && CronSchedules.TryNormalize(schedule, out var cron, out _, requireFutureFireTime: false) ? cron : null;
}
