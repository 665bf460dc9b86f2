namespace Hub.Scheduling.Tests;

public sealed class CronSchedulesTests
{
    [Theory]
    [InlineData("*/5 * * * *", "0 */5 * * * ?")]
    [InlineData("  30   2 * * * ", "0 30 2 * * ?")]
    [InlineData("0 9 1 * *", "0 0 9 1 * ?")]
    public void Standard_five_field_cron_gets_a_seconds_field_and_a_question_mark_day(string text, string expected)
    {
        Assert.True(CronSchedules.TryNormalize(text, out var cron, out var error), error);
        Assert.Equal(expected, cron);
        Assert.Equal("", error);
    }

    [Fact]
    public void A_standard_cron_monday_stays_monday_although_Quartz_numbers_days_from_sunday()
    {
        Assert.True(CronSchedules.TryNormalize("0 9 * * 1-5", out var cron, out _));

        Assert.Equal("0 0 9 ? * MON-FRI", cron);
    }

    [Theory]
    [InlineData("0 */5 * * * ?")]
    [InlineData("* * * * * ?")]
    [InlineData("0 15 10 ? * MON-FRI")]
    [InlineData("0 0 12 1 1 ? 2099")]
    public void Quartz_cron_with_seconds_is_kept_as_written(string text)
    {
        Assert.True(CronSchedules.TryNormalize(text, out var cron, out var error), error);
        Assert.Equal(text, cron);
    }

    [Fact]
    public void A_macro_is_spelled_out()
    {
        Assert.True(CronSchedules.TryNormalize("@daily", out var cron, out _));

        Assert.Equal("0 0 0 * * ?", cron);
    }

    [Theory]
    [InlineData("garbage", "1 field")]
    [InlineData("* * * *", "4 fields")]
    [InlineData("0 0 0 0 * * * *", "8 fields")]
    [InlineData("61 * * * *", "between 0 and 59")]
    [InlineData("0 0 25 * * ?", "not valid Quartz cron")]
    [InlineData("every monday", "2 fields")]
    [InlineData("", "empty")]
    [InlineData("0 0 12 1 1 ? 2001", "never fires again")]
    public void Garbage_is_refused_with_what_is_wrong_and_an_example(string text, string saysWhatIsWrong)
    {
        Assert.False(CronSchedules.TryNormalize(text, out var cron, out var error));

        Assert.Equal("", cron);
        Assert.Contains(saysWhatIsWrong, error, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"*/5 * * * *\"", error);
    }
}
