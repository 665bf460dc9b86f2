namespace Hub.Core.Model;

/// <summary>One run of a sync or import, with what it did.</summary>
public sealed record SyncRun
{
    /// <summary>The run's id.</summary>
    public required long Id { get; init; }
    /// <summary>The connector instance, or null for an ad-hoc import.</summary>
    public string? ConnectorId { get; init; }
    /// <summary>The source name its records were stored under.</summary>
    public required string Source { get; init; }
    /// <summary>What started it: <c>cli</c>, <c>schedule</c>, <c>import</c>, <c>api</c>.</summary>
    public required string Trigger { get; init; }
    /// <summary>When it started.</summary>
    public required DateTimeOffset StartedAt { get; init; }
    /// <summary>When it ended, or null while it runs.</summary>
    public DateTimeOffset? FinishedAt { get; init; }
    /// <summary>How it ended.</summary>
    public RunOutcome Outcome { get; init; }
    /// <summary>The error that ended it, if any.</summary>
    public string? Error { get; init; }
    /// <summary>What it did.</summary>
    public RunCounts Counts { get; init; } = new();
    /// <summary>How many times it was retried after a transient failure (network, 5xx, timeouts, a busy database).</summary>
    public int Retries { get; init; }
    /// <summary>The transient failure that caused the last retry, if any.</summary>
    public string? RetryError { get; init; }
    /// <summary>
    /// Why the identity resolution that follows a successful sync failed, if it did. The sync's data is stored either way;
    /// the next resolution picks the records up.
    /// </summary>
    public string? ResolutionError { get; init; }
    /// <summary>The hub process (node) that ran it: the machine's name and process id unless <c>Hub:Runs:Node</c> names it; null for runs older than that.</summary>
    public string? Node { get; init; }
    /// <summary>
    /// When its node last said it is alive (every <c>Hub:Runs:HeartbeatInterval</c> while it runs). A run still running
    /// whose heartbeat is older than <c>Hub:Runs:LeaseTimeout</c> lost its node, and is soon marked interrupted.
    /// </summary>
    public DateTimeOffset? HeartbeatAt { get; init; }
}
