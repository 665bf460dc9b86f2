using Hub.Core.Model;

namespace Hub.Core.Storage.Runs;

/// <summary>Which runs to list: newest first, optionally of one connector and outcome, after a keyset position.</summary>
/// <param name="ConnectorId">Only runs of this connector; all when null.</param>
/// <param name="Outcome">Only runs that ended so (or still run); all when null.</param>
/// <param name="BeforeId">Only runs older than this run id (the last one of the previous page); from the newest when null.</param>
/// <param name="Limit">At most this many.</param>
public sealed record RunQuery(string? ConnectorId, RunOutcome? Outcome, long? BeforeId, int Limit);
