namespace Hub.Benchmarks.Scenarios;

/// <summary>One round of the identity-resolution scenarios, on its own copy of the ingested store.</summary>
/// <param name="Load">Loading every customer record from the store, nothing else: the I/O floor under <c>hub resolve --full</c>.</param>
/// <param name="Engine">The resolution itself: the engine over the loaded records, nothing read or saved.</param>
/// <param name="Full"><c>hub resolve --full</c> end to end, saving included.</param>
/// <param name="Accuracy">The customers <see cref="Full"/> saved, scored against the generator's truth.</param>
/// <param name="Incremental">New records resolved by a running hub after <see cref="Full"/>, checked against a full rerun.</param>
internal sealed record ResolutionRound(ScenarioResult Load, ResolutionResult Engine, ResolutionResult Full, PairwiseAccuracy Accuracy, IncrementalResult Incremental);
