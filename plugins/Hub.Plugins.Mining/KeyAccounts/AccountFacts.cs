using System.Globalization;
using Hub.Contracts;
using Hub.Plugins.Mining.Clv;

namespace Hub.Plugins.Mining.KeyAccounts;

/// <summary>
/// What the key-account and win-back models weigh of one customer, reduced from its activity while the customers
/// stream past, so the orders and interactions of a million customers are never held at once.
/// </summary>
/// <param name="CustomerId">The hub's customer id.</param>
/// <param name="History">The purchase history, or null without an order.</param>
/// <param name="Profit">Revenue times each order's <c>margin</c> attribute (a fraction) where it has one; revenue otherwise.</param>
/// <param name="TenureDays">Days since the first purchase or the hub's first record of the customer, whichever is earlier.</param>
/// <param name="RecentTouches">Interactions and events in the 365 days up to the as-of day.</param>
/// <param name="RecentChannels">Distinct channels of those (events count as one channel, <c>events</c>).</param>
/// <param name="Groups">The customer's groups (<see cref="CustomerProfile.Groups"/>).</param>
/// <param name="Followers">The <c>github:followers</c> attribute, 0 without one.</param>
/// <param name="Referrals">The sum of attributes named <c>referrals</c> in any source, 0 without one.</param>
public sealed record AccountFacts(
    string CustomerId,
    CustomerHistory? History,
    double Profit,
    int TenureDays,
    int RecentTouches,
    int RecentChannels,
    IReadOnlyList<string> Groups,
    double Followers,
    double Referrals)
{
    /// <summary>The window of <see cref="RecentTouches"/>.</summary>
    public const int RecentDays = 365;

    private const string EventsChannel = "events";

    /// <summary>Everything bought up to the as-of day.</summary>
    public double Revenue => History?.Revenue ?? 0;

    /// <summary>The facts of <paramref name="customer"/> as of the end of <paramref name="asOf"/>.</summary>
    public static AccountFacts From(CustomerActivity customer, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var history = CustomerHistory.FromOrders(customer.Orders, asOf);
        var firstDay = history is { } known ? asOf.DayNumber - known.AgeDays : asOf.DayNumber;
        if (customer.Profile.FirstSeenAt is { } firstSeen)
        {
            firstDay = Math.Min(firstDay, DateOnly.FromDateTime(firstSeen.UtcDateTime).DayNumber);
        }

        var recentFrom = asOf.DayNumber - RecentDays;
        var channels = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var touches = 0;
        foreach (var interaction in customer.Interactions)
        {
            if (!IsRecent(interaction.OccurredAt, recentFrom, asOf)) continue;
            touches++;
            channels.Add(interaction.Channel);
        }

        foreach (var item in customer.Events)
        {
            if (!IsRecent(item.OccurredAt, recentFrom, asOf)) continue;
            touches++;
            channels.Add(EventsChannel);
        }

        var attributes = customer.Profile.Attributes;
        return new AccountFacts(
            customer.CustomerId,
            history,
            SumProfit(customer.Orders, asOf),
            Math.Max(0, asOf.DayNumber - firstDay),
            touches,
            channels.Count,
            customer.Profile.Groups,
            Number(attributes.GetValueOrDefault("github:followers")),
            attributes.Where(pair => pair.Key.EndsWith(":referrals", StringComparison.OrdinalIgnoreCase)).Sum(pair => Number(pair.Value)));
    }

    private static bool IsRecent(DateTimeOffset at, int fromDayNumber, DateOnly asOf)
    {
        var day = DateOnly.FromDateTime(at.UtcDateTime).DayNumber;
        return day > fromDayNumber && day <= asOf.DayNumber;
    }

    private static double SumProfit(IReadOnlyList<OrderRecord> orders, DateOnly asOf)
    {
        var profit = 0.0;
        foreach (var order in orders)
        {
            if (order.IsDeleted || DateOnly.FromDateTime(order.OrderedAt.UtcDateTime) > asOf) continue;
            // An unreadable margin says nothing about profit, so the order counts in full like one without a margin.
            var margin = order.Attributes.TryGetValue("margin", out var text)
                && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var fraction) && double.IsFinite(fraction)
                ? fraction
                : 1.0;
            profit += (double)order.Amount * margin;
        }

        return profit;
    }

    private static double Number(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : 0;
}
