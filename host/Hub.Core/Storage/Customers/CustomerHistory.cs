namespace Hub.Core.Storage.Customers;

/// <summary>
/// A page of several customers' orders or interactions at once, for batched loading: up to the asked number of items
/// per customer, newest first, and how many each customer has in all.
/// </summary>
/// <param name="Items">The items of each customer, newest first; customers without any are absent.</param>
/// <param name="Totals">How many items each customer has in all, whatever the page; customers without any are absent.</param>
public sealed record CustomerHistory<T>(ILookup<long, T> Items, IReadOnlyDictionary<long, long> Totals)
{
    /// <summary>How many items a customer has in all.</summary>
    public long TotalOf(long customerNumber) => Totals.TryGetValue(customerNumber, out var total) ? total : 0;
}
