using Quartz;

namespace Hub.Scheduling.Staleness;

/// <summary>
/// Decides which connectors are stale: scheduled, not paused, and no successful sync finished after the
/// <c>N</c>-th most recent firing of the schedule (read in the scheduler's time zone). That is the same as at least
/// <c>N</c> firings having passed since the later of the last success and the connector's creation, which is how it is
/// counted: forward from that point, at most <c>N</c> steps, however old it is. Pure: the caller supplies the facts and
/// the time.
/// </summary>
public sealed class StaleConnectorRule
{
    private readonly int staleAfterIntervals;
    private readonly TimeZoneInfo timeZone;

    /// <summary>A rule that calls a connector stale after <paramref name="staleAfterIntervals"/> firings without success.</summary>
    public StaleConnectorRule(int staleAfterIntervals, TimeZoneInfo timeZone)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(staleAfterIntervals, 1);
        ArgumentNullException.ThrowIfNull(timeZone);
        this.staleAfterIntervals = staleAfterIntervals;
        this.timeZone = timeZone;
    }

    /// <summary>The stale connectors among <paramref name="connectors"/> at <paramref name="now"/>, with the paused ones.</summary>
    public ConnectorStalenessReport Assess(IEnumerable<ConnectorSyncFacts> connectors, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(connectors);
        var watched = new List<string>();
        var stale = new List<StaleConnector>();
        var paused = new List<string>();
        foreach (var connector in connectors.OrderBy(c => c.ConnectorId, StringComparer.Ordinal))
        {
            if (connector.Cron is null)
            {
                continue;
            }

            if (connector.Paused)
            {
                paused.Add(connector.ConnectorId);
                continue;
            }

            watched.Add(connector.ConnectorId);
            if (Evaluate(connector, now) is { } found)
            {
                stale.Add(found);
            }
        }

        return new ConnectorStalenessReport(now, staleAfterIntervals, watched, stale, paused);
    }

    /// <summary>The connector as stale at <paramref name="now"/>, or null when it is not (or is paused or unscheduled).</summary>
    public StaleConnector? Evaluate(ConnectorSyncFacts connector, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(connector);
        if (connector.Cron is null || connector.Paused)
        {
            return null;
        }

        var expression = CronExpression.Parse(connector.Cron).WithTimeZone(timeZone);
        // A success before the connector was created cannot happen, but a clock step could make it look so.
        var since = connector.LastSucceededAt is { } succeeded && succeeded > connector.CreatedAt ? succeeded : connector.CreatedAt;
        var firing = since;
        for (var missed = 0; missed < staleAfterIntervals; missed++)
        {
            if (expression.GetNextValidTimeAfter(firing) is not { } next || next > now)
            {
                return null;
            }

            firing = next;
        }

        // The firing after the one that made it stale tells the schedule's rhythm there; a schedule that has ended has none.
        var interval = expression.GetNextValidTimeAfter(firing) is { } following ? following - firing : TimeSpan.Zero;
        return new StaleConnector(
            connector.ConnectorId,
            connector.Cron,
            interval,
            firing,
            connector.LastSucceededAt,
            connector.LastFailure?.Outcome,
            connector.LastFailure?.Error);
    }
}
