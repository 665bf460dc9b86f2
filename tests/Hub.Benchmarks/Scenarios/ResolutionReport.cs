namespace Hub.Benchmarks.Scenarios;

/// <summary>Everything the document says about one run of the identity-resolution scenarios.</summary>
/// <param name="RequestedRecords">The records asked for (<c>--resolve-records</c>); the sample holds about as many.</param>
/// <param name="Sample">What was generated.</param>
/// <param name="Ingest">The import that filled the store every round resolves a copy of; not part of any figure.</param>
/// <param name="Rounds">The rounds in order; the last one is reported.</param>
/// <param name="Problems">Counts that were not what a correct resolution gives; empty when all is well.</param>
internal sealed record ResolutionReport(
    int RequestedRecords,
    ResolutionSample Sample,
    ScenarioResult Ingest,
    IReadOnlyList<ResolutionRound> Rounds,
    IReadOnlyList<string> Problems)
{
    public ResolutionRound Last => Rounds[^1];
}
