using Hub.Core.Model;
using Hub.Scheduling.Staleness;

namespace Hub.Scheduling.Tests.Staleness;

public sealed class StaleConnectorRuleTests
{
    private const string Hourly = "0 0 * * * ?";
    private static readonly DateTimeOffset Created = new(2026, 3, 1, 0, 30, 0, TimeSpan.Zero);
    private static readonly StaleConnectorRule ThreeIntervals = new(3, TimeZoneInfo.Utc);

    [Fact]
    public void A_new_connector_is_not_stale_until_its_first_intervals_have_passed()
    {
        var justBeforeTheThirdFiring = new DateTimeOffset(2026, 3, 1, 2, 59, 59, TimeSpan.Zero);

        Assert.Null(ThreeIntervals.Evaluate(Connector(Hourly), justBeforeTheThirdFiring));
    }

    [Fact]
    public void A_connector_that_never_succeeded_is_stale_from_the_third_firing_after_it_was_added()
    {
        var failure = Run(RunOutcome.Failed, "file not found: /in/customers.csv");

        var stale = ThreeIntervals.Evaluate(Connector(Hourly, lastFailure: failure), new DateTimeOffset(2026, 3, 1, 3, 0, 0, TimeSpan.Zero));

        Assert.NotNull(stale);
        Assert.Equal("shop", stale.Id);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 3, 0, 0, TimeSpan.Zero), stale.StaleSince);
        Assert.Equal(TimeSpan.FromHours(1), stale.ExpectedInterval);
        Assert.Null(stale.LastSucceededAt);
        Assert.Equal(RunOutcome.Failed, stale.LastOutcome);
        Assert.Equal("file not found: /in/customers.csv", stale.LastError);
    }

    [Fact]
    public void A_success_within_the_last_intervals_keeps_a_connector_fresh_although_its_latest_run_failed()
    {
        var now = new DateTimeOffset(2026, 3, 2, 12, 10, 0, TimeSpan.Zero);
        var succeeded = new DateTimeOffset(2026, 3, 2, 10, 0, 5, TimeSpan.Zero);

        Assert.Null(ThreeIntervals.Evaluate(Connector(Hourly, succeeded, Run(RunOutcome.Failed, "HTTP 503")), now));
    }

    [Fact]
    public void A_connector_failing_for_longer_than_the_intervals_is_stale_with_its_last_success_and_error()
    {
        var now = new DateTimeOffset(2026, 3, 2, 12, 10, 0, TimeSpan.Zero);
        var succeeded = new DateTimeOffset(2026, 3, 2, 9, 0, 5, TimeSpan.Zero);

        var stale = ThreeIntervals.Evaluate(Connector(Hourly, succeeded, Run(RunOutcome.TimedOut, "ran longer than 02:00:00")), now);

        Assert.NotNull(stale);
        Assert.Equal(succeeded, stale.LastSucceededAt);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 12, 0, 0, TimeSpan.Zero), stale.StaleSince);
        Assert.Equal(RunOutcome.TimedOut, stale.LastOutcome);
    }

    [Fact]
    public void Paused_and_unscheduled_connectors_are_never_stale_and_paused_ones_are_listed()
    {
        var aYearLater = Created.AddYears(1);
        var connectors = new[]
        {
            Connector(Hourly) with { ConnectorId = "failing" },
            Connector(Hourly) with { ConnectorId = "on-hold", Paused = true },
            Connector(cron: null) with { ConnectorId = "manual" },
        };

        var report = ThreeIntervals.Assess(connectors, aYearLater);

        Assert.Equal("failing", Assert.Single(report.Stale).Id);
        Assert.Equal(["failing"], report.Watched);
        Assert.Equal(["on-hold"], report.Paused);
        Assert.Equal(3, report.StaleAfterIntervals);
        Assert.Null(ThreeIntervals.Evaluate(connectors[1], aYearLater));
        Assert.Null(ThreeIntervals.Evaluate(connectors[2], aYearLater));
    }

    [Fact]
    public void Firings_are_counted_in_the_scheduler_time_zone()
    {
        // 09:00 in Shanghai is 01:00 UTC: by 03:00 UTC it has fired there, but not yet in UTC.
        var dailyAtNine = Connector("0 0 9 * * ?") with { CreatedAt = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero) };
        var now = new DateTimeOffset(2026, 3, 1, 3, 0, 0, TimeSpan.Zero);

        var inShanghai = new StaleConnectorRule(1, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).Evaluate(dailyAtNine, now);

        Assert.Equal(new DateTimeOffset(2026, 3, 1, 1, 0, 0, TimeSpan.Zero), inShanghai?.StaleSince);
        Assert.Equal(TimeSpan.FromDays(1), inShanghai?.ExpectedInterval);
        Assert.Null(new StaleConnectorRule(1, TimeZoneInfo.Utc).Evaluate(dailyAtNine, now));
    }

    private static ConnectorSyncFacts Connector(string? cron, DateTimeOffset? lastSucceededAt = null, SyncRun? lastFailure = null) =>
        new("shop", cron, Paused: false, Created, lastSucceededAt, lastFailure);

    private static SyncRun Run(RunOutcome outcome, string error) => new()
    {
        Id = 7,
        ConnectorId = "shop",
        Source = "shop",
        Trigger = "schedule",
        StartedAt = Created,
        FinishedAt = Created,
        Outcome = outcome,
        Error = error,
    };
}
