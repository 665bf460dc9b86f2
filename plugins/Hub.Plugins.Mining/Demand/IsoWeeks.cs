namespace Hub.Plugins.Mining.Demand;

/// <summary>
/// Weeks that start on Monday, as in ISO 8601, numbered from 0001-01-01 (itself a Monday), so a week's number is its
/// first day's number divided by 7 and weeks run on across year boundaries without the ISO week-53 bookkeeping.
/// </summary>
internal static class IsoWeeks
{
    public static int Of(DateOnly day) => day.DayNumber / 7;

    public static int Of(DateTimeOffset moment) => Of(DateOnly.FromDateTime(moment.UtcDateTime));

    public static DateOnly Start(int week) => DateOnly.FromDayNumber(week * 7);

    /// <summary>
    /// The last week that is complete by the end of <paramref name="asOf"/>: a week still under way would show as a
    /// sudden drop and pull the forecast down.
    /// </summary>
    public static int LastComplete(DateOnly asOf) => asOf.DayOfWeek == DayOfWeek.Sunday ? Of(asOf) : Of(asOf) - 1;
}
