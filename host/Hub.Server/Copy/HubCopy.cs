using System.Diagnostics;
using System.Globalization;
using Hub.Core;
using Hub.Storage.Common;
using Hub.Storage.Postgres;
using Hub.Storage.Sqlite;
using Npgsql;

namespace Hub.Server.Copy;

/// <summary>
/// Moves a hub's data from its SQLite file into an empty, migrated PostgreSQL database, all in the target's one transaction:
/// refuse a target that holds hub data, copy every table by binary COPY (each row checksummed as it is sent), advance the
/// identity sequences, read every table back and checksum it the same way, and commit only when every count and checksum
/// matches. A failure or a difference anywhere leaves the target as it was.
/// </summary>
internal sealed class HubCopy(SqliteCopySource source, PostgresCopyTarget target, IProgress<string>? progress)
{
    private const int ProgressEvery = 10_000;

    /// <summary>Copies and checks; the report says whether the copy was committed (<see cref="CopyReport.Matches"/>).</summary>
    /// <exception cref="UserFacingException">The schemas do not match, the target holds hub data, or a value or row cannot be carried.</exception>
    public async Task<CopyReport> RunAsync(CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        CheckTables(await target.TablesAsync(cancellationToken));
        var plans = new List<CopyPlan>();
        foreach (var table in CopyTables.All) plans.Add(await CopyPlan.CreateAsync(table, source, target, cancellationToken));
        await target.LockAsync(plans.Select(p => p.Table.Name).ToList(), cancellationToken);
        await RefuseHubDataAsync(cancellationToken);

        var sent = new Dictionary<string, (long Rows, string Checksum)>(StringComparer.Ordinal);
        foreach (var plan in plans) sent[plan.Table.Name] = await CopyAsync(plan, cancellationToken);
        foreach (var plan in plans)
        {
            foreach (var identity in plan.Identities) await target.AdvanceIdentityAsync(plan.Table.Name, identity, cancellationToken);
            // The table went from empty to full: without fresh statistics the read-back below, and the hub's first queries
            // after the commit, would be planned for an empty table.
            await target.AnalyzeAsync(plan.Table.Name, cancellationToken);
        }

        var results = new List<CopyTableResult>();
        foreach (var plan in plans)
        {
            var (rows, checksum) = sent[plan.Table.Name];
            var stored = await target.CountAsync(plan.Table.Name, cancellationToken);
            var (_, readBack) = await ChecksumAsync(plan, "checking", stored, target.ReadAsync(plan.Table.Name, plan.Columns, plan.Key, cancellationToken));
            results.Add(new CopyTableResult(plan.Table.Name, rows, stored, checksum, readBack));
        }

        var report = new CopyReport($"'{source.DatabasePath}'", target.Description, results, watch.Elapsed);
        if (report.Matches) await target.CommitAsync(cancellationToken);

        return report with { Elapsed = watch.Elapsed };
    }

    // Every table of the hub's must be on both sides, and the source must hold nothing else: a table this version does not
    // know would otherwise be left behind without a word.
    private void CheckTables(IReadOnlyList<string> targetTables)
    {
        var known = CopyTables.All.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        if (source.Tables.FirstOrDefault(t => !known.Contains(t) && !CopyTables.IsLeftBehind(t)) is { } unknown)
        {
            throw new UserFacingException(
                $"the source has a table '{unknown}' that is not the hub's, and hub copy carries only the hub's tables: " +
                "copy it yourself if it matters, or drop it from a backup of the file and copy that");
        }

        if (known.FirstOrDefault(t => !source.Tables.Contains(t)) is { } missingInSource)
            throw new UserFacingException($"the source lacks the hub's table '{missingInSource}': it is not a complete hub database");
        if (known.FirstOrDefault(t => !targetTables.Contains(t)) is { } missingInTarget)
            throw new UserFacingException($"the target {target.Description} lacks the hub's table '{missingInTarget}' after its migration: check the connection's search_path");
    }

    private async Task RefuseHubDataAsync(CancellationToken cancellationToken)
    {
        var holding = new List<string>();
        foreach (var table in CopyTables.All)
        {
            if (await target.HasRowsAsync(table.Name, table.HubDataWhere, cancellationToken)) holding.Add(table.Name);
        }

        if (holding.Count > 0)
        {
            throw new UserFacingException(
                $"the target database {target.Description} already holds hub data ({string.Join(", ", holding.Take(5))}{(holding.Count > 5 ? ", ..." : "")} have rows); " +
                "hub copy only fills an empty database, so that nothing is overwritten or mixed: create an empty database (createdb) and give --to its connection string");
        }
    }

    private async Task<(long Rows, string Checksum)> CopyAsync(CopyPlan plan, CancellationToken cancellationToken)
    {
        var table = plan.Table.Name;
        var total = await source.CountAsync(table, cancellationToken);
        try
        {
            if (plan.Table.IsSeeded) await target.DeleteAllAsync(table, cancellationToken);
            await using var import = await target.BeginImportAsync(table, plan.Columns, cancellationToken);
            var (rows, checksum) = await ChecksumAsync(plan, "copying", total, source.ReadAsync(table, plan.Columns, plan.Key, cancellationToken), row => import.Write(row));
            await import.CompleteAsync(cancellationToken);
            // One snapshot cannot stream other than it counts; if it ever did, the report's count must not vouch for it.
            if (rows != total) throw new InvalidOperationException($"read {rows} rows of {table} from a snapshot that counts {total}");
            return (total, checksum);
        }
        catch (UserFacingException e)
        {
            throw new UserFacingException($"{e.Message} Nothing was committed to {target.Description}.");
        }
        catch (PostgresException e)
        {
            throw new UserFacingException(
                $"PostgreSQL refused the rows of {table} ({e.MessageText.TrimEnd('.')}{(e.Detail is { Length: > 0 } detail ? ": " + detail.TrimEnd('.') : "")}); " +
                $"nothing was committed to {target.Description}.");
        }
    }

    // Reads rows to the end, hashing each (and handing it to `also`, the COPY, on the way), with a status line now and then.
    private async Task<(long Rows, string Checksum)> ChecksumAsync(
        CopyPlan plan, string doing, long total, IAsyncEnumerable<CopyValue[]> rows, Action<CopyValue[]>? also = null)
    {
        using var checksum = new CopyChecksum(plan.Columns);
        progress?.Report(Status(plan, doing, 0, total));
        await foreach (var row in rows)
        {
            checksum.Add(row);
            also?.Invoke(row);
            if (checksum.Rows % ProgressEvery == 0) progress?.Report(Status(plan, doing, checksum.Rows, total));
        }

        return (checksum.Rows, checksum.Finish());
    }

    private static string Status(CopyPlan plan, string doing, long rows, long total) =>
        string.Create(CultureInfo.InvariantCulture, $"{doing} {plan.Table.Name}: {rows:N0} of {total:N0} rows");
}
