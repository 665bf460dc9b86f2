using Hub.Contracts;

namespace Hub.Plugins.Files.Tests;

public sealed class ValidationTests
{
    [Fact]
    public async Task An_impossible_birth_date_is_emptied_with_a_warning_and_the_record_kept()
    {
        using var folder = new TempFolder();
        var path = folder.Write("c.csv", "source_id,full_name,birth_date\n1,Ann,19710231\n");

        var customer = Assert.Single(await Csv.ReadCustomersAsync(path));

        Assert.Equal("Ann", customer.FullName);
        Assert.Null(customer.BirthDate);
        Assert.Equal("birth_date '19710231' is not a valid date; left empty", Assert.Single(customer.Warnings));
    }

    [Theory]
    [InlineData("1980-03-07")]
    [InlineData("19800307")]
    [InlineData("1980/03/07")]
    [InlineData("03/07/1980")]
    [InlineData("3/7/1980")]
    [InlineData("07.03.1980")]
    public async Task Birth_dates_are_read_in_the_formats_spreadsheets_write(string written)
    {
        using var folder = new TempFolder();
        var path = folder.Write("c.csv", $"source_id,birth_date\n1,{written}\n");

        var customer = Assert.Single(await Csv.ReadCustomersAsync(path));

        Assert.Equal(new DateOnly(1980, 3, 7), customer.BirthDate);
        Assert.Empty(customer.Warnings);
    }

    [Fact]
    public async Task An_unknown_kind_is_warned_about_and_falls_back_to_the_kind_setting()
    {
        using var folder = new TempFolder();
        var path = folder.Write("c.csv", "source_id,kind\n1,alien\n2,Channel Partner\n3,\n");

        var customers = await Csv.ReadCustomersAsync(path, ("kind", "organization"));

        Assert.Equal(CustomerKind.Organization, customers[0].Kind);
        Assert.Contains("kind 'alien'", Assert.Single(customers[0].Warnings));
        Assert.Equal(CustomerKind.ChannelPartner, customers[1].Kind);
        Assert.Equal(CustomerKind.Organization, customers[2].Kind);
        Assert.Empty(customers[2].Warnings);
    }

    [Fact]
    public async Task An_order_whose_amount_is_not_a_number_is_rejected_with_its_row_and_reason()
    {
        using var folder = new TempFolder();
        var path = folder.Write("orders.csv",
            "order_id,customer_source_id,ordered_at,amount,currency\nO-1,1,2024-01-02,10,USD\nO-2,1,2024-01-03,abc,USD\nO-3,1,2024-01-04,7.5,USD\n");

        var batch = Assert.Single(await Csv.ReadBatchesAsync(Csv.Context(path)));

        Assert.Equal(["O-1", "O-3"], batch.Records.Cast<OrderRecord>().Select(o => o.OrderId));
        var rejected = Assert.Single(batch.Rejected);
        Assert.Equal("orders", rejected.Stream);
        Assert.Equal("orders.csv row 3", rejected.Position);
        Assert.Equal("O-2,1,2024-01-03,abc,USD", rejected.RawPayload);
        Assert.StartsWith("amount 'abc' is not a number", rejected.Reason);
    }

    [Fact]
    public async Task Orders_without_a_currency_or_with_an_unreadable_time_are_rejected_naming_each_problem()
    {
        using var folder = new TempFolder();
        var path = folder.Write("o.csv",
            "order_id,customer_source_id,ordered_at,amount,currency\nO-1,1,2024-01-02,10,\nO-2,1,yesterday,1,EUR\nO-3,1,05/03/2024,1,EUR\n");

        var reasons = (await Csv.ReadBatchesAsync(Csv.Context(path))).SelectMany(b => b.Rejected).Select(r => r.Reason).ToList();

        Assert.Equal(3, reasons.Count);
        Assert.StartsWith("currency is missing", reasons[0]);
        Assert.StartsWith("ordered_at 'yesterday' is not a date/time", reasons[1]);
        Assert.StartsWith("ordered_at '05/03/2024' is not a date/time", reasons[2]);
    }

    [Fact]
    public async Task Order_times_are_read_as_iso_dates_or_date_times_or_compact_dates()
    {
        using var folder = new TempFolder();
        var path = folder.Write("o.csv", "order_id,customer_source_id,ordered_at,amount,currency\n" +
            "O-1,1,2024-03-05,1,CNY\nO-2,1,2024-03-05T14:30:00+08:00,1,CNY\nO-3,1,2024-03-05 14:30:00,1,CNY\nO-4,1,20240305,-2.5,CNY\n");

        var orders = (await Csv.ReadRecordsAsync(Csv.Context(path))).Cast<OrderRecord>().ToList();

        Assert.Equal(new DateTimeOffset(2024, 3, 5, 0, 0, 0, TimeSpan.Zero), orders[0].OrderedAt);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 14, 30, 0, TimeSpan.FromHours(8)), orders[1].OrderedAt);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 14, 30, 0, TimeSpan.Zero), orders[2].OrderedAt);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 0, 0, 0, TimeSpan.Zero), orders[3].OrderedAt);
        Assert.Equal(-2.5m, orders[3].Amount);
    }

    [Fact]
    public async Task An_order_without_an_id_is_passed_on_for_the_host_to_quarantine()
    {
        using var folder = new TempFolder();
        var path = folder.Write("o.csv", "order_id,customer_source_id,ordered_at,amount,currency\n,1,2024-03-05,1,CNY\n");

        var batch = Assert.Single(await Csv.ReadBatchesAsync(Csv.Context(path)));

        var order = Assert.IsType<OrderRecord>(Assert.Single(batch.Records));
        Assert.Equal("", order.OrderId);
        Assert.Equal(",1,2024-03-05,1,CNY", order.RawPayload);
        Assert.Empty(batch.Rejected);
    }

    [Fact]
    public async Task A_row_with_broken_quoting_is_rejected_and_the_rows_after_it_are_still_read()
    {
        using var folder = new TempFolder();
        var path = folder.Write("c.csv", "source_id,full_name\n1,\"Ann\"e\n2,Bob\n");

        var batch = Assert.Single(await Csv.ReadBatchesAsync(Csv.Context(path)));

        var rejected = Assert.Single(batch.Rejected);
        Assert.Equal("c.csv row 2", rejected.Position);
        Assert.Equal("1,\"Ann\"e", rejected.RawPayload);
        Assert.StartsWith("bad quoting", rejected.Reason);
        Assert.Equal("c.csv row 3", Assert.Single(batch.Records).Position);
    }

    [Fact]
    public async Task A_row_with_more_fields_than_the_header_is_rejected_instead_of_losing_values()
    {
        using var folder = new TempFolder();
        var path = folder.Write("c.csv", "source_id,full_name\n1,Smith, John\n");

        var batch = Assert.Single(await Csv.ReadBatchesAsync(Csv.Context(path)));

        Assert.Empty(batch.Records);
        Assert.Equal("row has 3 fields but the header has 2; put values that contain commas in quotes", Assert.Single(batch.Rejected).Reason);
    }
}
