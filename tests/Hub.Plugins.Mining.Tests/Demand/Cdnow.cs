using System.Globalization;

namespace Hub.Plugins.Mining.Tests.Demand;

/// <summary>Weekly totals of CDNOW_master.txt (customer id, yyyymmdd, number of CDs, dollar value; 1997-01-01..1998-06-30).</summary>
public static class Cdnow
{
    public const string RelativePath = "cdnow/CDNOW_master.txt";

    /// <summary>Purchases (transactions) and CDs per Monday-start week, from the first week to the last complete one.</summary>
    public static (double[] Purchases, double[] Cds) WeeklyTotals(string path)
    {
        var purchases = new SortedDictionary<int, double>();
        var cds = new SortedDictionary<int, double>();
        var lastDay = DateOnly.MinValue;
        foreach (var line in File.ReadLines(path))
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 4 || !DateOnly.TryParseExact(fields[1], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                continue;
            var week = day.DayNumber / 7;
            purchases[week] = purchases.GetValueOrDefault(week) + 1;
            cds[week] = cds.GetValueOrDefault(week) + double.Parse(fields[2], CultureInfo.InvariantCulture);
            if (day > lastDay) lastDay = day;
        }

        // The data ends on a Tuesday: that week is incomplete, as the miner would treat it.
        var lastWeek = lastDay.DayOfWeek == DayOfWeek.Sunday ? lastDay.DayNumber / 7 : lastDay.DayNumber / 7 - 1;
        var firstWeek = purchases.Keys.First();
        var p = new double[lastWeek - firstWeek + 1];
        var c = new double[p.Length];
        for (var w = firstWeek; w <= lastWeek; w++)
        {
            p[w - firstWeek] = purchases.GetValueOrDefault(w);
            c[w - firstWeek] = cds.GetValueOrDefault(w);
        }

        return (p, c);
    }
}
