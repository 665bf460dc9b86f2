using Hub.Core.Model;

namespace Hub.Pipeline.Push;

/// <summary>What became of a pushed body: stored (records and quarantine committed), or refused as a whole with nothing stored.</summary>
/// <param name="Stored">Whether the body was read and what it held is durable.</param>
/// <param name="ResponseJson">The plugin's answer for the sender, when stored.</param>
/// <param name="Error">Why the body was refused, when not stored.</param>
/// <param name="Counts">What the commit did; empty when nothing was committed.</param>
/// <param name="RunId">The push run the commit was added to, if any.</param>
public sealed record PushOutcome(bool Stored, string? ResponseJson, string? Error, RunCounts Counts, long? RunId)
{
    /// <summary>The body is durable.</summary>
    public static PushOutcome Accepted(string responseJson, RunCounts counts, long? runId) => new(true, responseJson, null, counts, runId);

    /// <summary>The body could not be read; nothing was stored.</summary>
    public static PushOutcome Refused(string error) => new(false, null, error, new RunCounts(), null);
}
