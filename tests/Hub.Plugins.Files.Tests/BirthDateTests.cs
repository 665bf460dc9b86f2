namespace Hub.Plugins.Files.Tests;

public sealed class BirthDateTests
{
    [Theory]
    [InlineData("1990-01-02", 1990, 1, 2)]
    [InlineData("1990-1-2", 1990, 1, 2)]
    [InlineData("19900102", 1990, 1, 2)]
    [InlineData("1990/01/02", 1990, 1, 2)]
    [InlineData("1990.01.02", 1990, 1, 2)]
    [InlineData("02/01/1990", 1990, 2, 1)]
    [InlineData("2/1/1990", 1990, 2, 1)]
    [InlineData("13/01/1990", 1990, 1, 13)]
    [InlineData("31/12/1999", 1999, 12, 31)]
    [InlineData("02.01.1990", 1990, 1, 2)]
    [InlineData("1990年1月2日", 1990, 1, 2)]
    [InlineData("1990年01月02日", 1990, 1, 2)]
    [InlineData("\" 1990-01-02 \"", 1990, 1, 2)]
    public async Task Birth_dates_are_read_in_the_forms_people_type(string written, int year, int month, int day)
    {
        var customer = await ReadAsync(written);

        Assert.Equal(new DateOnly(year, month, day), customer.BirthDate);
        Assert.Empty(customer.Warnings);
    }

    [Theory]
    [InlineData("1990-02-30")]
    [InlineData("02/30/1990")]
    [InlineData("30/02/1990")]
    [InlineData("1990年2月30日")]
    [InlineData("1990.13.01")]
    [InlineData("13/13/1990")]
    [InlineData("1990.01/02")]
    [InlineData("90.01.02")]
    public async Task Impossible_or_unreadable_birth_dates_are_emptied_with_a_warning(string written)
    {
        var customer = await ReadAsync(written);

        Assert.Null(customer.BirthDate);
        Assert.Equal($"birth_date '{written}' is not a valid date; left empty", Assert.Single(customer.Warnings));
    }

    private static async Task<Hub.Contracts.CustomerRecord> ReadAsync(string birthDate)
    {
        using var folder = new TempFolder();
        var path = folder.Write("c.csv", $"source_id,birth_date\n1,{birthDate}\n");
        return Assert.Single(await Csv.ReadCustomersAsync(path));
    }
}
