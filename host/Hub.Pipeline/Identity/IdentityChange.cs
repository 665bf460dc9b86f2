using Hub.Core.Model;
using Hub.Pipeline.Resolution;

namespace Hub.Pipeline.Identity;

/// <summary>What an identity operation did: the decisions it logged and the customers they reached after resolution.</summary>
/// <param name="Decisions">The decisions appended to the log, in order (one per field for overrides, else one).</param>
/// <param name="Customers">
/// The customers the decision's records belong to after resolution, by number: the merged customer, the parts of a
/// split, the overridden customer (none when its records are gone).
/// </param>
/// <param name="Records">The source records of each of <paramref name="Customers"/>, by customer number.</param>
/// <param name="Resolution">The resolution that applied the decisions: incremental in a running hub, of every record otherwise.</param>
public sealed record IdentityChange(
    IReadOnlyList<IdentityDecision> Decisions,
    IReadOnlyList<GoldenCustomer> Customers,
    IReadOnlyDictionary<long, IReadOnlyList<RecordRef>> Records,
    ResolutionSummary Resolution)
{
    /// <summary>The last decision appended (the only one, but for an override of several fields).</summary>
    public IdentityDecision Decision => Decisions[^1];
}
