using Hub.Scheduling;
using Hub.Storage.Sqlite;

namespace Hub.Server.Copy;

/// <summary>
/// The pauses <c>hub copy</c> cannot carry: Quartz keeps them in its own tables, which stay behind (a serving hub rebuilds
/// the jobs from the connectors' schedules, unpaused). An operator's pause should not quietly end with the move, so the
/// copy names them and the command that pauses them again.
/// </summary>
internal static class PausedSchedules
{
    /// <summary>A note naming what the source had paused and how to pause it on PostgreSQL, or null when nothing was.</summary>
    public static async Task<string?> NoteAsync(SqliteCopySource source, CancellationToken cancellationToken)
    {
        var (triggers, groups) = await source.PausedTriggersAsync(cancellationToken);
        if (groups.Contains(ConnectorJobs.Group, StringComparer.Ordinal))
        {
            return "note: the source's schedules were all paused ('hub jobs pause --all'); pauses are not copied, so pause them again " +
                   "on PostgreSQL before starting the hub there: hub jobs pause --all --storage postgres --connection \"...\"";
        }

        var connectors = triggers.Select(ConnectorJobs.ConnectorIdFrom).OfType<string>().ToList();
        return connectors.Count == 0
            ? null
            : $"note: the source had paused the schedules of {string.Join(", ", connectors)}; pauses are not copied, so pause them again " +
              $"on PostgreSQL before starting the hub there: {string.Join("; ", connectors.Select(c => $"hub jobs pause {c} --storage postgres --connection \"...\""))}";
    }
}
