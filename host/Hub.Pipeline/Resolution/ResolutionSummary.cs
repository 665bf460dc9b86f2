namespace Hub.Pipeline.Resolution;

/// <summary>What one identity resolution did.</summary>
/// <param name="Records">Customer source records considered: all of them, or for an incremental resolution those that changed.</param>
/// <param name="Customers">Customers after the resolution, or for an incremental resolution the customers the changes reached.</param>
/// <param name="Elapsed">How long it took, persistence included.</param>
public sealed record ResolutionSummary(int Records, int Customers, TimeSpan Elapsed)
{
    /// <summary>Whether only the records changed since the last resolution were resolved.</summary>
    public bool Incremental { get; init; }

    /// <summary>Candidate pairs compared.</summary>
    public long PairsCompared { get; init; }

    /// <summary>What the engine reports: blocking, shared identifiers, the model used or trained.</summary>
    public IReadOnlyList<string> Report { get; init; } = [];
}
