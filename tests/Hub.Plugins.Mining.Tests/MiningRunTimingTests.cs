using System.Diagnostics;
using Hub.Contracts;

namespace Hub.Plugins.Mining.Tests;

/// <summary>How long the bundled miners take over a hub-sized population; run on demand, it takes minutes of CPU.</summary>
public sealed class MiningRunTimingTests
{
    private static readonly DateOnly AsOf = new(2026, 6, 30);

    // HUB_MINING_TIMING_CUSTOMERS scales the run down to see where time goes.
    private static readonly int CustomerCount =
        int.TryParse(Environment.GetEnvironmentVariable("HUB_MINING_TIMING_CUSTOMERS"), out var count) ? count : 1_000_000;

    [Fact(Explicit = true)]
    public async Task AMillionCustomersWithFiveMillionOrders_AreMinedWithinTwoMinutes()
    {
        var total = Stopwatch.StartNew();
        foreach (var miner in MiningPlugin.Miners())
        {
            var context = new ListMiningContext(AsOf, Customers(CustomerCount, seed: 5)) { KeepScores = false };
            var stopwatch = Stopwatch.StartNew();
            await miner.MineAsync(context, TestContext.Current.CancellationToken);
            TestContext.Current.TestOutputHelper?.WriteLine($"{miner.Name}: {stopwatch.Elapsed.TotalSeconds:0.0} s, {context.ScoresWritten} scores, {string.Join(", ", context.Parameters)}");
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"all: {total.Elapsed.TotalSeconds:0.0} s (generating the activity included)");
        Assert.True(total.Elapsed < TimeSpan.FromMinutes(2), $"took {total.Elapsed}");
    }

    // About five orders a customer over two years, some with calls and a company.
    private static IEnumerable<CustomerActivity> Customers(int count, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var id = $"c{i}";
            var first = AsOf.AddDays(-random.Next(730));
            var orders = new OrderRecord[random.Next(1, 10)];
            var day = first;
            for (var k = 0; k < orders.Length; k++)
            {
                orders[k] = TestRecords.Order(id, day, random.Next(5, 200));
                day = day.AddDays(random.Next(1, 60));
            }

            var calls = random.Next(3) == 0 ? new[] { TestRecords.Interaction(id, AsOf.AddDays(-random.Next(400)), "call") } : [];
            yield return new CustomerActivity(id, CustomerKind.Person, orders, calls)
            {
                Profile = new CustomerProfile { Groups = random.Next(10) == 0 ? [$"company:{random.Next(5000)}"] : [] },
            };
        }
    }
}
