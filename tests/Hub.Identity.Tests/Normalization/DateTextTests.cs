using Hub.Identity.Normalization;

namespace Hub.Identity.Tests.Normalization;

public sealed class DateTextTests
{
    [Theory]
    [InlineData("1990-01-02")]
    [InlineData("1990-1-2")]
    [InlineData("1990/01/02")]
    [InlineData("1990.01.02")]
    [InlineData("19900102")]
    [InlineData("01/02/1990")]
    [InlineData("1/2/1990")]
    [InlineData("02.01.1990")]
    [InlineData("2.1.1990")]
    [InlineData("1990年1月2日")]
    [InlineData("1990年01月02日")]
    [InlineData("1990年1月2号")]
    [InlineData("１９９０年１月２日")]
    [InlineData("  1990-01-02\t")]
    public void Dates_are_read_in_the_forms_people_type(string written)
    {
        Assert.True(DateText.TryParse(written, out var date));
        Assert.Equal(new DateOnly(1990, 1, 2), date);
    }

    [Theory]
    [InlineData("02/01/1990", 1990, 2, 1)]
    [InlineData("13/01/1990", 1990, 1, 13)]
    [InlineData("31/12/1999", 1999, 12, 31)]
    [InlineData("12/31/1999", 1999, 12, 31)]
    public void Slashed_dates_are_month_first_unless_the_first_number_cannot_be_a_month(string written, int year, int month, int day)
    {
        Assert.True(DateText.TryParse(written, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("1990-02-30")]
    [InlineData("19710231")]
    [InlineData("02/30/1990")]
    [InlineData("30.02.1990")]
    [InlineData("1990年2月30日")]
    [InlineData("1990-13-01")]
    [InlineData("13/13/1990")]
    [InlineData("1990-00-10")]
    [InlineData("02-01-1990")]
    [InlineData("1990-01")]
    [InlineData("90-01-02")]
    [InlineData("01/02/90")]
    [InlineData("1990-01-02 extra")]
    [InlineData("1990/01-02")]
    [InlineData("yesterday")]
    [InlineData("")]
    [InlineData(null)]
    public void Impossible_ambiguous_or_unreadable_dates_are_refused(string? written)
    {
        Assert.False(DateText.TryParse(written, out var date));
        Assert.Equal(default, date);
    }

    [Fact]
    public void A_leap_day_is_read_in_a_leap_year_only()
    {
        Assert.True(DateText.TryParse("2000-02-29", out _));
        Assert.False(DateText.TryParse("1900-02-29", out _));
    }
}
