namespace Hub.Scheduling.Staleness;

/// <summary>Which scheduled connectors are stale at one moment, for <c>/readyz</c> and the stale-connector metrics.</summary>
/// <param name="CheckedAt">When it was assessed.</param>
/// <param name="StaleAfterIntervals">How many missed intervals make a connector stale.</param>
/// <param name="Watched">Every scheduled, unpaused connector, stale or not, by id.</param>
/// <param name="Stale">The watched connectors that are stale, by id.</param>
/// <param name="Paused">Scheduled connectors whose schedule is paused: never stale, listed so a forgotten pause shows.</param>
public sealed record ConnectorStalenessReport(
    DateTimeOffset CheckedAt,
    int StaleAfterIntervals,
    IReadOnlyList<string> Watched,
    IReadOnlyList<StaleConnector> Stale,
    IReadOnlyList<string> Paused);
