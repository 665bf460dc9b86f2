namespace Hub.Scheduling;

/// <summary>Turns the configured time zone id into a time zone, with an error an operator can act on.</summary>
internal static class SchedulingTimeZone
{
    public static TimeZoneInfo Find(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new ArgumentException("The scheduling time zone is empty; use an IANA id such as 'UTC' or 'Europe/Berlin'.", nameof(id));
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new ArgumentException($"The scheduling time zone '{id}' is not known on this machine; use an IANA id such as 'UTC' or 'Europe/Berlin'.", nameof(id), ex);
        }
    }
}
