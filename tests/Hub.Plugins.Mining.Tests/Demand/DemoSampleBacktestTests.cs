using System.Globalization;
using Hub.Contracts;
using Hub.Plugins.Mining.Demand;
using Hub.Plugins.Mining.Tests.Doubles;
using Hub.SampleData;

namespace Hub.Plugins.Mining.Tests.Demand;

/// <summary>The acceptance check on the demo: the demand miner beats the naive forecast on the sample shop's orders.</summary>
public sealed class DemoSampleBacktestTests
{
    /// <summary>The demo's size (DemoScenario.SamplePeople).</summary>
    private const int DemoPeople = 300;

    [Fact]
    public async Task DemoShopOrders_TotalWeeklyDemand_BacktestMaseBelowOne()
    {
        var options = new SampleDataOptions(DemoPeople);
        var customers = new SampleDataGenerator(options).People().Select(ToActivity).ToList();
        var context = new InMemoryMiningContext(options.End, customers);

        await new DemandMiner().MineAsync(context, TestContext.Current.CancellationToken);

        var mase = context.Parameters["demand.mase"];
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"demo sample ({DemoPeople} people): MASE {mase:F3}, season length {context.Parameters["demand.season_length"]}");
        Assert.True(mase < 1, $"MASE {mase:F3} on the demo's weekly orders");
    }

    private static CustomerActivity ToActivity(SamplePerson person)
    {
        var orders = new List<OrderRecord>(person.Orders.Count);
        foreach (var row in person.Orders)
        {
            // Rows the sample spoils on purpose (for quarantine demos) are not orders the hub would store.
            if (!DateTimeOffset.TryParse(row.OrderedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ||
                !decimal.TryParse(row.Amount, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
                continue;
            orders.Add(Some.Order(at, amount));
        }

        return Some.Customer("p" + person.Index.ToString(CultureInfo.InvariantCulture), orders);
    }
}
