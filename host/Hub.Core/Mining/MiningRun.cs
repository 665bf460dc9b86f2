using Hub.Core.Model;

namespace Hub.Core.Mining;

/// <summary>One run of one miner: what it computed as of which day, how it ended, and the model parameters it recorded.</summary>
/// <param name="Id">The run's id.</param>
/// <param name="Miner">The miner's name, e.g. <c>rfm</c>.</param>
/// <param name="PluginId">The plugin the miner came from.</param>
/// <param name="AsOf">The day the run computed as of (data after its end was not shown to the miner).</param>
/// <param name="Trigger">What started it: <c>cli</c>, <c>schedule</c>, <c>demo</c>...</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="FinishedAt">When it ended; null while running.</param>
/// <param name="Outcome">Running, succeeded, failed or cancelled.</param>
/// <param name="Error">Why it failed, if it did.</param>
/// <param name="Parameters">The model's parameters and quality measures, by name.</param>
/// <param name="Scores">How many customers it scored.</param>
/// <param name="Series">How many series points it wrote.</param>
public sealed record MiningRun(
    long Id,
    string Miner,
    string PluginId,
    DateOnly AsOf,
    string Trigger,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    RunOutcome Outcome,
    string? Error,
    IReadOnlyDictionary<string, double> Parameters,
    long Scores,
    long Series);
