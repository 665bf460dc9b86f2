using Hub.Core.Model;

namespace Hub.Pipeline.Runs;

/// <summary>How the attempts of a run ended, before it is recorded.</summary>
/// <param name="Outcome">Succeeded, failed, cancelled or timed out.</param>
/// <param name="Error">The error recorded on the run, if any.</param>
public sealed record RunEnd(RunOutcome Outcome, string? Error);
