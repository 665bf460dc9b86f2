namespace Hub.SampleData;

/// <summary>
/// How busy the sample shop is on each day of the order range: growing to about twice the demand from the first day to the last,
/// with a yearly season (a spring lull, a summer bump, the November–December peak) and busier weekends. Order days are
/// drawn in proportion, so weekly demand has the trend and seasonality a forecaster should find.
/// </summary>
internal sealed class OrderCalendar
{
    // Relative demand in the middle of each month, January first; interpolated linearly in between.
    private static readonly double[] MonthFactors = [0.85, 0.70, 0.80, 0.90, 1.00, 1.10, 1.05, 0.95, 1.00, 1.10, 1.45, 1.70];
    private const double Growth = 1.2;

    private readonly double[] cumulative;

    public OrderCalendar(DateOnly start, DateOnly end)
    {
        var days = end.DayNumber - start.DayNumber + 1;
        cumulative = new double[days];
        var total = 0.0;
        for (var i = 0; i < days; i++)
        {
            total += Weight(start.AddDays(i), i, days);
            cumulative[i] = total;
        }
    }

    /// <summary>A day index (0 for the first day) below <paramref name="window"/>, drawn in proportion to the day's demand.</summary>
    public int Draw(int window, SampleRandom rng)
    {
        var limit = Math.Clamp(window, 1, cumulative.Length);
        var target = rng.NextDouble() * cumulative[limit - 1];
        var index = Array.BinarySearch(cumulative, 0, limit, target);
        return Math.Min(index >= 0 ? index : ~index, limit - 1);
    }

    // Only + - * / here: transcendental functions may differ in the last bit between machines, and the sample must not.
    private static double Weight(DateOnly day, int index, int days)
    {
        var trend = 1 + Growth * index / Math.Max(1, days - 1);
        var weekend = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 1.2 : 1.0;
        return trend * Season(day) * weekend;
    }

    private static double Season(DateOnly day)
    {
        // Months as 12 equal slices of the year, each factor at its slice's middle.
        var position = (day.DayOfYear - 1) * 12.0 / (DateTime.IsLeapYear(day.Year) ? 366 : 365) - 0.5;
        var below = (int)Math.Floor(position);
        var fraction = position - below;
        var from = MonthFactors[(below + 12) % 12];
        var to = MonthFactors[(below + 13) % 12];
        return from + (to - from) * fraction;
    }
}
