using Hub.Contracts;
using Hub.Plugins.Mining.Common;

namespace Hub.Plugins.Mining.Rfm;

/// <summary>What RFM grades one customer on, as of the run's date.</summary>
/// <param name="DaysSinceLastOrder">Whole days from the last order's day to the as-of day (0: bought that day).</param>
/// <param name="Orders">How many orders.</param>
/// <param name="Spend">The sum of the order amounts, as stored (currencies are not converted: the contract carries no rates).</param>
internal readonly record struct RfmFacts(int DaysSinceLastOrder, int Orders, double Spend)
{
    /// <summary>The facts of a customer's orders up to the cut-off, or null when it has none (such customers are not graded).</summary>
    public static RfmFacts? Measure(IReadOnlyList<OrderRecord> orders, AsOfCutoff cutoff)
    {
        var count = 0;
        var spend = 0m;
        var last = DateTimeOffset.MinValue;
        // Indexed loop: this runs for every customer of the hub, and the orders list is usually an array or List.
        for (var i = 0; i < orders.Count; i++)
        {
            var order = orders[i];
            if (order.IsDeleted || !cutoff.Includes(order.OrderedAt)) continue;
            count++;
            spend += order.Amount;
            if (order.OrderedAt > last) last = order.OrderedAt;
        }

        if (count == 0) return null;
        var lastDay = DateOnly.FromDateTime(last.UtcDateTime);
        return new RfmFacts(cutoff.AsOf.DayNumber - lastDay.DayNumber, count, (double)spend);
    }
}
