using Hub.Contracts;

namespace Hub.Plugins.Commerce.Tests;

public sealed class IncrementalTests
{
    [Fact]
    public async Task A_second_sync_reads_only_what_changed_since_the_first()
    {
        await using var shop = await Some.ShopAsync(customers: 7, orders: 4);
        var context = Sync.Context(shop, null, ("pageSize", "3"));
        var first = await Sync.ReadBatchesAsync(context);

        var later = Some.T0.AddDays(1);
        shop.Data.UpdateCustomer(2, c => c with { Email = "new2@example.com" }, later);
        shop.Data.UpdateCustomer(5, c => c with { LastName = "Renamed" }, later.AddSeconds(1));
        shop.Data.AddOrder(Some.Order(2000, 5, later));
        var second = await Sync.ReadBatchesAsync(context, first[^1].Checkpoint);

        // Customer 7 and order 1004 carry the first sync's last change time: the resume reads that instant again.
        Assert.Equal(["2", "5", "7"], Sync.CustomerIds(second).Order());
        Assert.Equal(["1004", "2000"], Sync.OrderIds(second).Order());
        var customers = second.SelectMany(b => b.Records).OfType<CustomerRecord>().ToDictionary(c => c.SourceId);
        Assert.Equal("new2@example.com", customers["2"].Email);
        Assert.Equal("Renamed", customers["5"].FamilyName);
    }

    [Fact]
    public async Task The_lookback_window_reaches_back_before_the_checkpoint_to_catch_a_late_stamped_update()
    {
        await using var shop = await Some.ShopAsync(customers: 3);
        var context = Sync.Context(shop, null, ("lookbackMinutes", "5"));
        var first = await Sync.ReadBatchesAsync(context);

        // Shopify stamps some changes with the time they began, so they can land just before what was already read.
        var checkpointTime = Some.T0.AddHours(3);
        shop.Data.UpdateCustomer(2, c => c with { Phone = "+4930123456" }, checkpointTime.AddMinutes(-3));
        var second = await Sync.ReadBatchesAsync(context, first[^1].Checkpoint);

        Assert.Equal("+4930123456", second.SelectMany(b => b.Records).OfType<CustomerRecord>().Single(c => c.SourceId == "2").Phone);
        Assert.Contains(shop.Requests, r => r.Contains("updated_at_min=2024-03-01T12%3A55%3A00%2B00%3A00"));
    }

    [Fact]
    public async Task Nothing_changed_means_a_second_sync_stores_only_the_records_at_the_checkpoint_instant()
    {
        await using var shop = await Some.ShopAsync(customers: 4, orders: 2);
        var context = Sync.Context(shop, null, ("lookbackMinutes", "0"));
        var first = await Sync.ReadBatchesAsync(context);

        var second = await Sync.ReadBatchesAsync(context, first[^1].Checkpoint);

        Assert.Equal(["4"], Sync.CustomerIds(second));
        Assert.Equal(["1002"], Sync.OrderIds(second));
        Assert.Equal(first[^1].Checkpoint, second[^1].Checkpoint);
    }

    [Fact]
    public async Task A_checkpoint_from_somewhere_else_fails_with_advice_to_run_a_full_sync()
    {
        await using var shop = await Some.ShopAsync(customers: 1);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => Sync.ReadBatchesAsync(Sync.Context(shop), new Checkpoint("cursor-17")));

        Assert.Contains("hub sync ID --full", error.Message);
    }
}
