using Hub.Core.Model;

namespace Hub.Core.Storage;

/// <summary>What a resolution decided: the customer of every record, and the golden record of every customer.</summary>
/// <param name="CustomerOfRecord">Record row id to customer number, for every record.</param>
/// <param name="Customers">Every customer after the resolution; customers not listed no longer exist.</param>
public sealed record ResolutionOutcome(
    IReadOnlyDictionary<long, long> CustomerOfRecord,
    IReadOnlyList<GoldenCustomer> Customers)
{
    /// <summary>The evidence of every link kept inside a customer.</summary>
    public IReadOnlyList<LinkEvidence> Links { get; init; } = [];

    /// <summary>The parameters used; stored when they are new (first run or a retrain).</summary>
    public IdentityModelSnapshot? Model { get; init; }

    /// <summary>Whether <see cref="Model"/> was estimated by this run rather than read back.</summary>
    public bool ModelTrained { get; init; }

    /// <summary>What the run did, for the operator: pairs compared, keys skipped, identifiers found shared.</summary>
    public IReadOnlyList<string> Report { get; init; } = [];

    /// <summary>Candidate pairs compared.</summary>
    public long PairsCompared { get; init; }
}
