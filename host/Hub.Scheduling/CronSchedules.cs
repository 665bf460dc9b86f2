using Quartz;

namespace Hub.Scheduling;

/// <summary>Reads the cron schedules operators type (<c>hub connectors add --schedule</c>) into Quartz's form.</summary>
public static class CronSchedules
{
    private const string Examples =
        "Examples: \"*/5 * * * *\" (every 5 minutes, standard cron), \"0 30 2 * * ?\" (daily at 02:30:00, Quartz cron with seconds), \"@hourly\".";

    /// <summary>
    /// Accepts Quartz cron (6 or 7 fields, seconds first, e.g. <c>0 */5 * * * ?</c>), standard 5-field cron
    /// (e.g. <c>*/5 * * * *</c>) and the <c>@hourly</c>/<c>@daily</c>/... macros, and gives the Quartz expression to store.
    /// </summary>
    /// <param name="text">What the operator typed.</param>
    /// <param name="quartzCron">The Quartz cron expression, or empty when the text is refused.</param>
    /// <param name="error">What is wrong with the text and an example of what works, or empty when accepted.</param>
    /// <remarks>A schedule that can never fire again (a past year, say) is refused too.</remarks>
    public static bool TryNormalize(string text, out string quartzCron, out string error) =>
        TryNormalize(text, out quartzCron, out error, requireFutureFireTime: true);

    internal static bool TryNormalize(string text, out string quartzCron, out string error, bool requireFutureFireTime)
    {
        quartzCron = "";
        error = "";
        var trimmed = string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (trimmed.Length == 0)
        {
            error = "The schedule is empty. " + Examples;
            return false;
        }

        var fields = trimmed.Split(' ').Length;
        CronFormat format;
        if (trimmed.StartsWith('@') || fields is 6 or 7)
        {
            format = CronFormat.Quartz;
        }
        else if (fields == 5)
        {
            // Quartz's Unix reader also renumbers day-of-week (cron's 1 is Monday, Quartz's 1 is Sunday), which a
            // plain "prefix a seconds field" rewrite would silently get wrong.
            format = CronFormat.Unix;
        }
        else
        {
            error = $"The schedule '{trimmed}' has {fields} field{(fields == 1 ? "" : "s")}; a cron schedule has 5 " +
                "(minute hour day-of-month month day-of-week) or, in Quartz form, 6-7 (seconds first, optional year). " + Examples;
            return false;
        }

        CronExpression expression;
        try
        {
            expression = CronExpression.Parse(trimmed, format);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            var form = format == CronFormat.Unix ? "standard 5-field cron" : "Quartz cron";
            error = $"The schedule '{trimmed}' is not valid {form}: {ex.Message.TrimEnd('.')}. {Examples}";
            return false;
        }

        // Read in UTC only to see that some fire time lies ahead; the scheduler reads it in the configured zone.
        if (requireFutureFireTime && expression.WithTimeZone(TimeZoneInfo.Utc).GetNextValidTimeAfter(DateTimeOffset.UtcNow) is null)
        {
            error = $"The schedule '{trimmed}' never fires again: every time it names is in the past. {Examples}";
            return false;
        }

        quartzCron = expression.CronExpressionString ?? trimmed;
        return true;
    }
}
