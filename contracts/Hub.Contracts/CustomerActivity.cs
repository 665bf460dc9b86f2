namespace Hub.Contracts;

/// <summary>One unified customer as a miner sees it.</summary>
/// <param name="CustomerId">The hub's customer id (the same id the CLI and GraphQL show).</param>
/// <param name="Kind">Person, organization, channel partner or internal.</param>
/// <param name="Orders">Orders of every source record of the customer, oldest first.</param>
/// <param name="Interactions">Interactions of every source record of the customer, oldest first.</param>
public sealed record CustomerActivity(
    string CustomerId,
    CustomerKind Kind,
    IReadOnlyList<OrderRecord> Orders,
    IReadOnlyList<InteractionRecord> Interactions)
{
    /// <summary>Behavioural events of every source record of the customer (app <c>track</c> calls, survey answers), oldest first.</summary>
    public IReadOnlyList<EventRecord> Events { get; init; } = [];

    /// <summary>What the hub knows of the customer beyond its activity: company, groups, first contact, source attributes.</summary>
    public CustomerProfile Profile { get; init; } = CustomerProfile.Empty;
}
