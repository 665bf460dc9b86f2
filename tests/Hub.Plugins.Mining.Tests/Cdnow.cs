using Hub.Testing;
using System.Globalization;
using Hub.Contracts;

namespace Hub.Plugins.Mining.Tests;

/// <summary>The CDNOW sample as the BG/NBD literature uses it: 2,357 customers, calibration ending 1997-09-30.</summary>
internal static class Cdnow
{
    public static readonly DateOnly CalibrationEnd = new(1997, 9, 30);

    /// <summary>One line of the published summary: ID, x, t_x, T, zbar.</summary>
    public sealed record SummaryRow(string Id, int X, double RecencyWeeks, double AgeWeeks, double AverageRepeatValue);

    /// <summary>Orders per sample id (the summary's ID), from CDNOW_sample.txt, all 18 months.</summary>
    public static IReadOnlyDictionary<string, List<OrderRecord>> OrdersBySampleId()
    {
        var orders = new Dictionary<string, List<OrderRecord>>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(BenchmarkData.File("cdnow/CDNOW_sample.txt")))
        {
            lineNumber++;
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 5) continue;
            var id = int.Parse(fields[1], CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
            var day = DateOnly.ParseExact(fields[2], "yyyyMMdd", CultureInfo.InvariantCulture);
            if (!orders.TryGetValue(id, out var list)) orders[id] = list = [];
            list.Add(new OrderRecord
            {
                OrderId = lineNumber.ToString(CultureInfo.InvariantCulture),
                CustomerSourceId = id,
                OrderedAt = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
                Amount = decimal.Parse(fields[4], CultureInfo.InvariantCulture),
                Currency = "USD",
            });
        }

        return orders;
    }

    /// <summary>cdnow_customers_summary_with_transactions.csv.</summary>
    public static IReadOnlyList<SummaryRow> PublishedSummary() =>
    [
        .. File.ReadLines(BenchmarkData.File("cdnow/cdnow_customers_summary_with_transactions.csv"))
            .Skip(1)
            .Select(line => line.Split(','))
            .Select(fields => new SummaryRow(
                fields[0],
                int.Parse(fields[1], CultureInfo.InvariantCulture),
                double.Parse(fields[2], CultureInfo.InvariantCulture),
                double.Parse(fields[3], CultureInfo.InvariantCulture),
                double.Parse(fields[4], CultureInfo.InvariantCulture))),
    ];
}
