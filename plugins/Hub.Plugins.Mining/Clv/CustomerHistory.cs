using Hub.Contracts;

namespace Hub.Plugins.Mining.Clv;

/// <summary>
/// A customer's purchase history as the BG/NBD and Gamma-Gamma models see it. Several orders on one day are one
/// transaction (their amounts summed), so a basket split into several orders does not look like loyalty.
/// </summary>
/// <param name="Frequency">Repeat purchases x: purchase days after the first.</param>
/// <param name="RecencyDays">Days from the first to the last purchase day (t_x in days).</param>
/// <param name="AgeDays">Days from the first purchase day to the as-of day (T in days).</param>
/// <param name="AverageRepeatValue">Mean value of the repeat purchase days (z̄, m̄x); 0 when there is none.</param>
/// <param name="Revenue">Everything bought up to the as-of day, first purchase included.</param>
public readonly record struct CustomerHistory(int Frequency, int RecencyDays, int AgeDays, double AverageRepeatValue, double Revenue)
{
    /// <summary>
    /// Whole days are counted (the as-of day minus the first purchase day), which is how the published CDNOW summary
    /// (calibration ending 1997-09-30) gets T = 38.86 weeks for a customer whose first purchase was on 1997-01-01.
    /// </summary>
    public const double DaysPerWeek = 7.0;

    /// <summary>t_x in weeks.</summary>
    public double RecencyWeeks => RecencyDays / DaysPerWeek;

    /// <summary>T in weeks.</summary>
    public double AgeWeeks => AgeDays / DaysPerWeek;

    /// <summary>The history of the orders placed up to <paramref name="asOf"/>, or null when there is none.</summary>
    public static CustomerHistory? FromOrders(IReadOnlyList<OrderRecord> orders, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(orders);
        var purchases = new List<(int Day, double Amount)>(orders.Count);
        var lastDay = asOf.DayNumber;
        foreach (var order in orders)
        {
            if (order.IsDeleted) continue;
            // The day in UTC, the same clock the hub cuts the as-of day with.
            var day = DateOnly.FromDateTime(order.OrderedAt.UtcDateTime).DayNumber;
            if (day <= lastDay) purchases.Add((day, (double)order.Amount));
        }

        return FromPurchases(purchases, asOf);
    }

    /// <summary>The history of (day number, amount) purchases, all on or before <paramref name="asOf"/>; null when empty.</summary>
    public static CustomerHistory? FromPurchases(List<(int Day, double Amount)> purchases, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(purchases);
        if (purchases.Count == 0) return null;
        purchases.Sort(static (left, right) => left.Day.CompareTo(right.Day));

        var firstDay = purchases[0].Day;
        var revenue = 0.0;
        var repeatDays = 0;
        var repeatValue = 0.0;
        var currentDay = firstDay;
        var currentValue = 0.0;
        foreach (var (day, amount) in purchases)
        {
            revenue += amount;
            if (day != currentDay)
            {
                if (currentDay != firstDay) repeatValue += currentValue;
                repeatDays++;
                currentDay = day;
                currentValue = 0;
            }

            currentValue += amount;
        }

        if (currentDay != firstDay) repeatValue += currentValue;
        return new CustomerHistory(
            repeatDays,
            currentDay - firstDay,
            asOf.DayNumber - firstDay,
            repeatDays == 0 ? 0 : repeatValue / repeatDays,
            revenue);
    }
}
