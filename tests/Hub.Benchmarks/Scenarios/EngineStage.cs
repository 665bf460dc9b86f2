namespace Hub.Benchmarks.Scenarios;

/// <summary>One stage of the identity engine as its report timed it, e.g. ("compare", 12.3 s).</summary>
internal sealed record EngineStage(string Name, TimeSpan Elapsed);
