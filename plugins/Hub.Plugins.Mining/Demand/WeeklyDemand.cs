using Hub.Contracts;

namespace Hub.Plugins.Mining.Demand;

/// <summary>
/// Sums demand per SKU and week: the quantities of the order lines. The total counts every line's quantity, and an
/// order without lines as one unit, so a shop that sends no lines still gets a total (its number of orders).
/// </summary>
internal sealed class WeeklyDemand
{
    private readonly Dictionary<int, double> total = [];
    private readonly Dictionary<string, Dictionary<int, double>> bySku = new(StringComparer.Ordinal);

    public void Add(OrderRecord order)
    {
        var week = IsoWeeks.Of(order.OrderedAt);
        var lines = order.Lines;
        if (lines.Count == 0)
        {
            AddTo(total, week, 1);
            return;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var quantity = (double)line.Quantity;
            AddTo(total, week, quantity);
            if (!bySku.TryGetValue(line.Sku, out var weeks)) bySku[line.Sku] = weeks = [];
            AddTo(weeks, week, quantity);
        }
    }

    /// <summary>The total up to <paramref name="lastWeek"/>, or null when nothing was ordered by then.</summary>
    public DemandSeries? Total(int lastWeek) => Series(MiningScores.Demand.TotalSeries, total, lastWeek);

    /// <summary>The <paramref name="count"/> SKUs with the most units up to <paramref name="lastWeek"/>, most first.</summary>
    public IReadOnlyList<DemandSeries> LargestSkus(int lastWeek, int count)
    {
        var all = new List<DemandSeries>(bySku.Count);
        foreach (var (sku, weeks) in bySku)
        {
            if (Series(sku, weeks, lastWeek) is { } series) all.Add(series);
        }

        all.Sort(static (a, b) => b.Units != a.Units ? b.Units.CompareTo(a.Units) : string.CompareOrdinal(a.Name, b.Name));
        return all.Count > count ? all.GetRange(0, count) : all;
    }

    private static DemandSeries? Series(string name, Dictionary<int, double> weeks, int lastWeek)
    {
        var first = int.MaxValue;
        foreach (var week in weeks.Keys)
        {
            if (week < first) first = week;
        }

        if (first > lastWeek) return null;
        var values = new double[lastWeek - first + 1];
        foreach (var (week, units) in weeks)
        {
            if (week <= lastWeek) values[week - first] += units;
        }

        return new DemandSeries(name, first, values);
    }

    private static void AddTo(Dictionary<int, double> weeks, int week, double units) =>
        weeks[week] = weeks.GetValueOrDefault(week) + units;
}
