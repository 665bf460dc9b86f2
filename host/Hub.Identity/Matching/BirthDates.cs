namespace Hub.Identity.Matching;

/// <summary>How birth dates written yyyyMMdd compare.</summary>
internal static class BirthDates
{
    /// <summary>Within two typed characters, or the same year with day and month exchanged: plausibly one person's date.</summary>
    public static bool Close(string a, string b) =>
        a == b || StringDistance.BoundedLevenshtein(a, b, 2) <= 2 || DayAndMonthSwapped(a, b);

    /// <summary>The same year with month and day exchanged, the commonest slip in dates typed by hand.</summary>
    public static bool DayAndMonthSwapped(string s, string t) =>
        s.Length == 8 && t.Length == 8 && s.AsSpan(0, 4).SequenceEqual(t.AsSpan(0, 4))
        && s.AsSpan(4, 2).SequenceEqual(t.AsSpan(6, 2)) && s.AsSpan(6, 2).SequenceEqual(t.AsSpan(4, 2));
}
