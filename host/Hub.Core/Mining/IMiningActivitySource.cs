using Hub.Contracts;

namespace Hub.Core.Mining;

/// <summary>What miners read: every unified customer with its activity and profile, as of a day.</summary>
public interface IMiningActivitySource
{
    /// <summary>
    /// Every unified customer in customer-number order, with the orders, interactions and events of its live source
    /// records up to the end of <paramref name="asOf"/> (UTC), each oldest first, and its profile.
    /// </summary>
    IAsyncEnumerable<CustomerActivity> ReadAsync(DateOnly asOf, CancellationToken cancellationToken);
}
