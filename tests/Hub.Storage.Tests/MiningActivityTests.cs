using Hub.Contracts;
using Hub.Core.Storage;

namespace Hub.Storage.Tests;

public sealed class MiningActivityTests
{
    private static CancellationToken Ct => TestDatabase.Ct;

    [Fact]
    public async Task Each_customer_comes_once_with_the_activity_of_all_its_records_up_to_the_end_of_the_as_of_day()
    {
        await using var db = await TestDatabase.CreateAsync();
        var day = new DateTimeOffset(2025, 3, 31, 0, 0, 0, TimeSpan.Zero);
        await db.Ingest.CommitBatchAsync(Some.Batch(await db.StartRunAsync(),
        [
            Some.Customer("a"), Some.Customer("b"), Some.Customer("c") with { Company = null },
            Some.Order("o2", "b", 20) with { OrderedAt = day.AddHours(23) },
            Some.Order("o1", "a", 10) with { OrderedAt = day.AddDays(-5) },
            // The first moment of the next day (UTC) is after the as-of day, whatever the offset it was written with.
            Some.Order("late", "a", 99) with { OrderedAt = new DateTimeOffset(2025, 4, 1, 7, 0, 0, TimeSpan.FromHours(7)) },
            new InteractionRecord { InteractionId = "g1", CustomerSourceId = "c", OccurredAt = day, Channel = "app", Type = "group",
                Attributes = new Dictionary<string, string> { ["groupId"] = "acct-7" } },
            new EventRecord { EventId = "e1", CustomerSourceId = "c", Name = "Survey Answered", OccurredAt = day.AddDays(-1), PropertiesJson = """{"nps":9}""" },
        ]), Ct);
        var rows = (await db.Identity.LoadCustomerRecordsAsync(Ct)).ToDictionary(r => r.SourceId, r => r.RowId);
        // a and b are one customer; c another.
        var assignment = new Dictionary<long, long> { [rows["a"]] = 1, [rows["b"]] = 1, [rows["c"]] = 2 };
        await db.Identity.SaveResolutionAsync(new ResolutionOutcome(assignment,
            [Some.Golden(1, "Ann") with { Company = "  ACME Ltd " }, Some.Golden(2, "Bo") with { Country = "CN" }]), Ct);

        var customers = new List<CustomerActivity>();
        await foreach (var customer in db.MiningActivity.ReadAsync(new DateOnly(2025, 3, 31), Ct)) customers.Add(customer);

        Assert.Equal(["cus_1", "cus_2"], customers.Select(c => c.CustomerId));
        Assert.Equal(["o1", "o2"], customers[0].Orders.Select(o => o.OrderId));
        Assert.Equal(["SKU-1"], customers[0].Orders[0].Lines.Select(l => l.Sku));
        Assert.Equal(["company:acme ltd"], customers[0].Profile.Groups);
        Assert.Equal("Ann", customers[0].Profile.DisplayName);
        Assert.Equal("gold", customers[0].Profile.Attributes["shop:tier"]);
        Assert.NotNull(customers[0].Profile.FirstSeenAt);
        Assert.Empty(customers[1].Orders);
        Assert.Equal(["segment-group:acct-7"], customers[1].Profile.Groups);
        Assert.Equal("CN", customers[1].Profile.Country);
        Assert.Equal("""{"nps":9}""", Assert.Single(customers[1].Events).PropertiesJson);
        Assert.Single(customers[1].Interactions);

        var earlier = new List<CustomerActivity>();
        await foreach (var customer in db.MiningActivity.ReadAsync(new DateOnly(2025, 3, 30), Ct)) earlier.Add(customer);
        Assert.Equal(["o1"], earlier[0].Orders.Select(o => o.OrderId));
        Assert.Empty(earlier[1].Interactions);
    }
}
