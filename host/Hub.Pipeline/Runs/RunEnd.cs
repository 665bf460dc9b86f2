using Hub.Core.Model;

namespace Hub.Pipeline.Runs;

/// <summary>How the attempts of a run ended, before it is recorded.</summary>
/// <param name="Outcome">Succeeded, failed, cancelled or timed out.</param>
/// <param name="Error">The error recorded on the run, if any.</param>
public sealed record RunEnd(RunOutcome Outcome, string? Error)
{
    /// <summary>A run that stopped at a checkpoint because the hub was shutting down.</summary>
    public static RunEnd Drained { get; } = new(
        RunOutcome.Cancelled,
        "stopped at a checkpoint because the hub was shutting down; the next sync resumes from there");

    /// <summary>A run that stopped at a checkpoint because a new version of its plugin was loaded; the sync goes on with it at once.</summary>
    public static RunEnd PluginReplaced { get; } = new(
        RunOutcome.Cancelled,
        "stopped at a checkpoint because a new version of its plugin was loaded; the next run goes on from there with it")
    {
        ContinuesWithNewPlugin = true,
    };

    /// <summary>Whether the sync goes on at once, in a new run, with the new version of the plugin.</summary>
    public bool ContinuesWithNewPlugin { get; init; }
}
