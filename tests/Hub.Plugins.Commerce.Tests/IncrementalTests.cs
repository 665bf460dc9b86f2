using System.Text.Json;
using Hub.Contracts;
using Hub.SampleData.Fakes;

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
    public async Task Without_a_lookback_nothing_changed_means_a_second_sync_reads_nothing_again_and_keeps_the_checkpoint()
    {
        await using var shop = await Some.ShopAsync(customers: 4, orders: 2);
        var context = Sync.Context(shop, null, ("lookbackMinutes", "0"));
        var first = await Sync.ReadBatchesAsync(context);

        var second = await Sync.ReadBatchesAsync(context, first[^1].Checkpoint);

        // The shop is still asked from the checkpoint's instant, and answers with customer 4 and order 1002, already stored.
        Assert.Empty(second.SelectMany(b => b.Records));
        Assert.All(second, b => Assert.Equal(first[^1].Checkpoint, b.Checkpoint));
        Assert.Contains(shop.Requests, r => r.Contains("/customers.json?", StringComparison.Ordinal) && r.Contains("updated_at_min=2024-03-01T14%3A00%3A00%2B00%3A00", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_lookback_an_item_stamped_with_the_checkpoint_instant_after_the_sync_is_still_read()
    {
        var data = new FakeShopData();
        var same = Some.T0.AddHours(2);
        foreach (var id in new[] { 1, 2 }) data.AddCustomer(Some.Customer(id, same));
        await using var shop = await FakeShop.StartAsync(data, null, TestContext.Current.CancellationToken);
        var context = Sync.Context(shop, null, ("lookbackMinutes", "0"));
        var first = await Sync.ReadBatchesAsync(context);

        // Another customer changed in the same second, but reached the list only after the first sync had read it.
        data.AddCustomer(Some.Customer(3, same));
        var second = await Sync.ReadBatchesAsync(context, first[^1].Checkpoint);

        Assert.Equal(["3"], Sync.CustomerIds(second));
        Assert.Empty(Sync.CustomerIds(await Sync.ReadBatchesAsync(context, second[^1].Checkpoint)));
    }

    [Fact]
    public async Task A_checkpoint_written_before_it_kept_the_ids_of_its_instant_still_resumes_there_reading_that_instant_again()
    {
        await using var shop = await Some.ShopAsync(customers: 4, orders: 2);
        var context = Sync.Context(shop, null, ("lookbackMinutes", "0"));
        // As the connector wrote it before: the latest updated_at of each stream only.
        var old = new Checkpoint("""{"customers":"2024-03-01T13:00:00+00:00","orders":"2024-03-01T11:30:00+00:00"}""");

        var resumed = await Sync.ReadBatchesAsync(context, old);

        Assert.Equal(["3", "4"], Sync.CustomerIds(resumed));
        Assert.Equal(["1001", "1002"], Sync.OrderIds(resumed));
        Assert.Empty(Sync.CustomerIds(await Sync.ReadBatchesAsync(context, resumed[^1].Checkpoint)));
    }

    [Fact]
    public async Task Without_a_lookback_an_item_changed_again_within_the_checkpoint_second_is_read_again_and_an_unchanged_one_is_not()
    {
        var data = new FakeShopData();
        var same = Some.T0.AddHours(2);
        foreach (var id in new[] { 1, 2, 3 }) data.AddCustomer(Some.Customer(id, same));
        data.AddOrder(Some.Order(1001, 1, same));
        data.AddOrder(Some.Order(1003, 3, same));
        await using var shop = await FakeShop.StartAsync(data, null, TestContext.Current.CancellationToken);
        var context = Sync.Context(shop, null, ("lookbackMinutes", "0"), ("pageSize", "2"));
        var first = await Sync.ReadBatchesAsync(context);

        // Changed again after the sync read them, within the same second: Shopify stamps the same updated_at.
        data.UpdateCustomer(2, c => c with { Email = "changed2@example.com" }, same);
        data.UpdateOrder(1003, o => o with { FulfillmentStatus = "fulfilled" }, same);
        var second = await Sync.ReadBatchesAsync(context, first[^1].Checkpoint);

        var customer = Assert.Single(second.SelectMany(b => b.Records).OfType<CustomerRecord>());
        Assert.Equal(("2", "changed2@example.com"), (customer.SourceId, customer.Email));
        var order = Assert.Single(second.SelectMany(b => b.Records).OfType<OrderRecord>());
        Assert.Equal(("1003", "fulfilled"), (order.OrderId, order.Attributes["fulfillment_status"]));
        Assert.Empty(await Sync.ReadRecordsAsync(context, second[^1].Checkpoint));
    }

    [Fact]
    public async Task The_checkpoint_keeps_each_item_of_its_instant_as_its_id_and_a_sixteen_digit_fingerprint()
    {
        var data = new FakeShopData();
        var same = Some.T0.AddHours(2);
        data.AddCustomer(Some.Customer(1, Some.T0));
        foreach (var id in new[] { 2, 3 }) data.AddCustomer(Some.Customer(id, same));
        await using var shop = await FakeShop.StartAsync(data, null, TestContext.Current.CancellationToken);

        var read = await Sync.ReadBatchesAsync(Sync.Context(shop, null, ("lookbackMinutes", "0")));

        using var checkpoint = JsonDocument.Parse(read[^1].Checkpoint.Value!);
        var kept = checkpoint.RootElement.GetProperty("customerFingerprintsAtInstant").EnumerateObject().ToList();
        Assert.Equal(["2", "3"], kept.Select(p => p.Name));
        Assert.All(kept, p => Assert.Matches("^[0-9a-f]{16}$", p.Value.GetString()));
        Assert.False(checkpoint.RootElement.TryGetProperty("customerIdsAtInstant", out _));
    }

    [Fact]
    public async Task A_checkpoint_written_with_ids_but_no_fingerprints_still_passes_over_those_ids_and_reads_the_others_of_its_instant()
    {
        await using var shop = await Some.ShopAsync(customers: 4, orders: 2);
        var context = Sync.Context(shop, null, ("lookbackMinutes", "0"));
        // As the connector wrote it before it kept fingerprints: the ids stored at each stream's latest updated_at.
        var old = new Checkpoint("""
            {"customers":"2024-03-01T14:00:00+00:00","orders":"2024-03-01T12:30:00+00:00","customerIdsAtInstant":["4"],"orderIdsAtInstant":["1002"]}
            """);
        shop.Data.AddCustomer(Some.Customer(5, Some.T0.AddHours(4)));

        var resumed = await Sync.ReadBatchesAsync(context, old);

        Assert.Equal(["5"], Sync.CustomerIds(resumed));
        Assert.Empty(Sync.OrderIds(resumed));
        // The id kept without a fingerprint is carried on as it was; the customer read now is kept with one.
        using var checkpoint = JsonDocument.Parse(resumed[^1].Checkpoint.Value!);
        Assert.Equal(["4"], checkpoint.RootElement.GetProperty("customerIdsAtInstant").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["5"], checkpoint.RootElement.GetProperty("customerFingerprintsAtInstant").EnumerateObject().Select(p => p.Name));
        Assert.Empty(await Sync.ReadRecordsAsync(context, resumed[^1].Checkpoint));
    }

    [Fact]
    public async Task Past_a_thousand_items_in_one_second_the_checkpoint_keeps_the_first_thousand_and_the_rest_is_read_again()
    {
        var data = new FakeShopData();
        var same = Some.T0.AddHours(2);
        for (var id = 1; id <= ShopCheckpoint.MaxItemsAtInstant + 1; id++) data.AddCustomer(Some.Customer(id, same));
        await using var shop = await FakeShop.StartAsync(data, null, TestContext.Current.CancellationToken);
        var context = Sync.Context(shop, null, ("lookbackMinutes", "0"));
        var first = await Sync.ReadBatchesAsync(context);

        var second = await Sync.ReadBatchesAsync(context, first[^1].Checkpoint);

        using var checkpoint = JsonDocument.Parse(first[^1].Checkpoint.Value!);
        Assert.Equal(ShopCheckpoint.MaxItemsAtInstant, checkpoint.RootElement.GetProperty("customerFingerprintsAtInstant").EnumerateObject().Count());
        Assert.Equal(["1001"], Sync.CustomerIds(second));
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
