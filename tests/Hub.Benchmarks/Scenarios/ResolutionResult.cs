namespace Hub.Benchmarks.Scenarios;

/// <summary>One measured identity resolution: the timing, and what the engine said it did.</summary>
/// <param name="Measured">Records resolved, elapsed and processor time, peak working set.</param>
/// <param name="Customers">Customers the resolution ended with.</param>
/// <param name="PairsCompared">Candidate pairs the engine compared.</param>
/// <param name="Stages">The engine's own per-stage times; empty if its report had none.</param>
/// <param name="Report">The engine's report lines, as <c>hub resolve</c> prints them.</param>
internal sealed record ResolutionResult(ScenarioResult Measured, int Customers, long PairsCompared, IReadOnlyList<EngineStage> Stages, IReadOnlyList<string> Report)
{
    /// <summary>
    /// Pairs compared per second of the engine's compare stage: the rate its report gives, else one worked out from the
    /// stage line; null when the report has neither. The compare stage is where pairs are compared, so this is the
    /// comparer's speed rather than the whole run's.
    /// </summary>
    public double? PairsPerSecond =>
        EnginePairRate.Parse(Report)
        ?? (EngineStages.Of(Stages, "compare") is { TotalSeconds: > 0 } compare ? PairsCompared / compare.TotalSeconds : null);

    /// <summary>The sum of the engine's stages: the resolution itself, as the engine sees it.</summary>
    public TimeSpan EngineTime => EngineStages.Total(Stages);
}
