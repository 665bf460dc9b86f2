namespace Hub.SampleData.Tests;

public sealed class DirtyRowTests(SampleDataFixture data) : IClassFixture<SampleDataFixture>
{
    [Fact]
    public void An_impossible_birth_date_is_written_and_listed_as_a_warning()
    {
        var listed = Assert.Single(data.Files.DirtyRows, d => d.Stream == SampleSources.CustomersStream);
        var row = Assert.Single(data.CustomerRows, r => r.Source == listed.Source && r.Row["source_id"] == listed.RecordId).Row;

        Assert.Matches(@"^\d{4}0231$", row["birth_date"]);
        Assert.False(listed.Quarantined);
        Assert.Contains(data.Truth, t => t["source"] == listed.Source && t["source_id"] == listed.RecordId);
    }

    [Fact]
    public void An_order_with_an_amount_that_is_not_a_number_is_written_and_listed_for_quarantine()
    {
        var order = Assert.Single(data.Orders, o => !decimal.TryParse(o["amount"], System.Globalization.CultureInfo.InvariantCulture, out _));
        var listed = Assert.Single(data.Files.DirtyRows, d => d.RecordId == order["order_id"]);

        Assert.True(listed.Quarantined);
        Assert.Equal(SampleSources.OrdersStream, listed.Stream);
    }

    [Fact]
    public void Every_listed_dirty_row_is_in_the_files()
    {
        Assert.Equal(3, data.Files.DirtyRows.Count);
        var orderIds = data.Orders.Select(o => o["order_id"]).ToHashSet();
        var customerIds = data.CustomerRows.Select(r => (r.Source, r.Row["source_id"])).ToHashSet();

        Assert.All(data.Files.DirtyRows, d => Assert.True(d.Stream == SampleSources.OrdersStream
            ? orderIds.Contains(d.RecordId)
            : customerIds.Contains((d.Source, d.RecordId))));
    }

    [Fact]
    public void Without_dirty_rows_every_row_is_clean()
    {
        var generator = new SampleDataGenerator(new SampleDataOptions(100) { IncludeDirtyRows = false });
        var people = generator.People().ToList();

        Assert.All(people.SelectMany(p => p.Records), r => Assert.Null(r.Problem));
        Assert.All(people.SelectMany(p => p.Orders), o => Assert.Null(o.Problem));
        Assert.All(people.SelectMany(p => p.Orders), o => Assert.Matches(@"^\d+\.\d{2}$", o.Amount));
    }
}
