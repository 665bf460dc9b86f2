namespace Hub.Pipeline.Resolution;

/// <summary>What one identity resolution did.</summary>
/// <param name="Records">Customer source records considered.</param>
/// <param name="Customers">Customers after the resolution.</param>
/// <param name="Elapsed">How long it took, persistence included.</param>
public sealed record ResolutionSummary(int Records, int Customers, TimeSpan Elapsed)
{
    /// <summary>Candidate pairs compared.</summary>
    public long PairsCompared { get; init; }

    /// <summary>What the engine reports: blocking, shared identifiers, the model used or trained.</summary>
    public IReadOnlyList<string> Report { get; init; } = [];
}
