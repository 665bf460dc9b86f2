using Hub.Core.Model;

namespace Hub.Core.Storage;

/// <summary>What a resolution decided: the customer of every record, and the golden record of every customer.</summary>
/// <param name="CustomerOfRecord">Record row id to customer number, for every record.</param>
/// <param name="Customers">Every customer after the resolution; customers not listed no longer exist.</param>
public sealed record ResolutionOutcome(
    IReadOnlyDictionary<long, long> CustomerOfRecord,
    IReadOnlyList<GoldenCustomer> Customers);
