using Hub.Core.Model;

namespace Hub.Scheduling.Staleness;

/// <summary>A scheduled connector that has had no successful sync within the allowed number of schedule intervals.</summary>
/// <param name="Id">The connector.</param>
/// <param name="Schedule">Its Quartz cron schedule.</param>
/// <param name="ExpectedInterval">How far apart its firings are around the time it became stale.</param>
/// <param name="StaleSince">The firing after which it counted as stale.</param>
/// <param name="LastSucceededAt">When its last successful sync finished, or null when none ever has.</param>
/// <param name="LastOutcome">How its latest unsuccessful run ended, or null when none has run since.</param>
/// <param name="LastError">That run's error, so an operator sees why without reading the log.</param>
public sealed record StaleConnector(
    string Id,
    string Schedule,
    TimeSpan ExpectedInterval,
    DateTimeOffset StaleSince,
    DateTimeOffset? LastSucceededAt,
    RunOutcome? LastOutcome,
    string? LastError);
