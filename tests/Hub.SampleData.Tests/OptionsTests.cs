namespace Hub.SampleData.Tests;

public sealed class OptionsTests
{
    [Theory]
    [InlineData(-1)]
    [InlineData(SampleDataOptions.MaxCustomers + 1)]
    public void A_customer_count_out_of_range_is_refused_with_the_range(int customers)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new SampleDataGenerator(new SampleDataOptions(customers)));

        Assert.Contains("between 0 and", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_end_before_the_start_is_refused()
    {
        var options = new SampleDataOptions(10) { Start = new DateOnly(2025, 1, 1), End = new DateOnly(2024, 1, 1) };

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new SampleDataGenerator(options));

        Assert.Contains("before the start date", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Taking_a_few_people_of_the_largest_data_set_generates_only_those()
    {
        var generator = new SampleDataGenerator(new SampleDataOptions(SampleDataOptions.MaxCustomers));

        Assert.Equal([0, 1, 2, 3, 4], generator.People().Take(5).Select(p => p.Index));
    }

    [Fact]
    public void No_customers_writes_files_with_headers_only()
    {
        var folder = Path.Combine(Path.GetTempPath(), "hub-sampledata-" + Guid.NewGuid().ToString("N"));
        try
        {
            var files = new SampleDataGenerator(new SampleDataOptions(0)).WriteCsv(folder);

            Assert.All(files.Files, f => Assert.Equal(0, f.Rows));
            Assert.Empty(files.DirtyRows);
            Assert.Equal("source,source_id,person\n", File.ReadAllText(files.TruthPath));
            Assert.StartsWith("source_id,full_name,given_name,family_name,email,phone,street,city,postcode,country,birth_date,company,external_id,kind\n",
                File.ReadAllText(files.Customers(SampleSources.Shop).Path), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Orders_stay_within_a_custom_date_range()
    {
        var options = new SampleDataOptions(200) { Start = new DateOnly(2024, 6, 1), End = new DateOnly(2024, 6, 30) };

        var orders = new SampleDataGenerator(options).People().SelectMany(p => p.Orders).Where(o => o.Problem is null).ToList();

        Assert.NotEmpty(orders);
        Assert.All(orders, o => Assert.StartsWith("2024-06-", o.OrderedAt, StringComparison.Ordinal));
    }
}
