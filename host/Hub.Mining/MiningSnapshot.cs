using Hub.Contracts;
using Hub.Core.Mining;

namespace Hub.Mining;

/// <summary>
/// Every customer's activity as of a day, read from the store once and handed to every miner of a <c>hub mine</c>: the
/// merged read is the expensive part, and reading it once per miner would multiply it.
/// </summary>
internal sealed class MiningSnapshot(DateOnly asOf, IReadOnlyList<CustomerActivity> customers)
{
    public DateOnly AsOf { get; } = asOf;

    public IReadOnlyList<CustomerActivity> Customers { get; } = customers;

    public static async Task<MiningSnapshot> LoadAsync(IMiningActivitySource source, DateOnly asOf, CancellationToken cancellationToken)
    {
        var customers = new List<CustomerActivity>();
        await foreach (var customer in source.ReadAsync(asOf, cancellationToken).ConfigureAwait(false)) customers.Add(customer);
        return new MiningSnapshot(asOf, customers);
    }
}
