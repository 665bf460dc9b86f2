namespace Hub.Pipeline.Quarantine;

/// <summary>What a retry of a quarantined item did.</summary>
/// <param name="Stored">Whether the item's records are now stored and the item released.</param>
/// <param name="Records">How many records the payload gave.</param>
/// <param name="Reason">Why it is still held, when it is.</param>
/// <param name="RunId">The retry run, when one was recorded.</param>
public sealed record QuarantineRetryResult(bool Stored, int Records, string? Reason, long? RunId);
