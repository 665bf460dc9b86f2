using System.Data.Common;
using Hub.Contracts;
using Hub.Core.Model;
using Hub.Core.Storage;

namespace Hub.Storage.Common;

/// <summary>
/// What a committed batch writes besides its records, the same on both engines: the connector's checkpoint and the run's
/// counts. Each method fills a command of the batch's transaction; the engine runs it its own way (synchronously on SQLite).
/// </summary>
internal static class BatchBookkeeping
{
    /// <summary>The counts of a batch whose records gave these results.</summary>
    public static RunCounts Counts(IngestBatch batch, long inserted, long updated, long unchanged, long warned) => new()
    {
        Read = batch.Read,
        Inserted = inserted,
        Updated = updated,
        Unchanged = unchanged,
        Warned = warned,
        Quarantined = batch.Quarantined.Count,
        Suppressed = batch.Suppressed,
    };

    /// <summary>The error for a record the hub has no table for; it fails the whole batch.</summary>
    public static NotSupportedException Unsupported(SourceRecord record) => new(
        $"Records of type {record.GetType().Name} (stream '{record.Stream}') cannot be stored: the hub stores customers, orders, interactions and events.");

    /// <summary>Fills <paramref name="command"/> to save the checkpoint the batch reached.</summary>
    public static void SaveCheckpoint(DbCommand command, string connectorId, Checkpoint checkpoint, string now, long runId)
    {
        command.CommandText =
            "INSERT INTO checkpoints (connector_id, value, updated_at, run_id) VALUES (@connector_id, @value, @now, @run_id) " +
            "ON CONFLICT (connector_id) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, run_id = excluded.run_id;";
        Add(command, "@connector_id", connectorId);
        Add(command, "@value", checkpoint.Value);
        Add(command, "@now", now);
        Add(command, "@run_id", runId);
    }

    /// <summary>Fills <paramref name="command"/> to add the batch's counts to its run; it must change exactly one row (see <see cref="NoSuchRun"/>).</summary>
    public static void AddToRun(DbCommand command, RunCounts counts, long runId)
    {
        // Suppressed records are rare (only erased people's); a batch without them leaves the column out, which also lets the
        // upgrade tests write a SQLite database older than its migration 0008 with this writer.
        var suppressed = counts.Suppressed > 0 ? ", suppressed = suppressed + @suppressed" : "";
        command.CommandText =
            "UPDATE runs SET read = read + @read, inserted = inserted + @inserted, updated = updated + @updated, " +
            $"unchanged = unchanged + @unchanged, warned = warned + @warned, quarantined = quarantined + @quarantined{suppressed} WHERE id = @run_id;";
        Add(command, "@read", counts.Read);
        Add(command, "@inserted", counts.Inserted);
        Add(command, "@updated", counts.Updated);
        Add(command, "@unchanged", counts.Unchanged);
        Add(command, "@warned", counts.Warned);
        Add(command, "@quarantined", counts.Quarantined);
        if (counts.Suppressed > 0) Add(command, "@suppressed", counts.Suppressed);
        Add(command, "@run_id", runId);
    }

    /// <summary>The error when <see cref="AddToRun"/> changed no row.</summary>
    public static InvalidOperationException NoSuchRun(long runId) =>
        new($"Run {runId} does not exist: start a run with StartRunAsync before committing batches to it.");

    private static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }
}
