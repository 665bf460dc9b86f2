using Dapper;
using Hub.Core.Model;
using Hub.Core.Storage;
using Microsoft.Data.Sqlite;

namespace Hub.Storage.Sqlite;

/// <summary>Erasures in one transaction (<see cref="ErasureWriter"/> holds the steps), their audit log and the suppression list.</summary>
internal sealed class SqliteErasureStore(SqliteConnectionFactory connections, TimeProvider clock) : IErasureStore
{
    public async Task<ErasureResult?> EraseAsync(
        long customerNumber, string reason, string actor,
        Func<IReadOnlyList<ErasableRecord>, IReadOnlyCollection<Suppression>> suppressionsOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(suppressionsOf);
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        // Without it, SQLite leaves the bytes of deleted and rewritten rows in free space of the file until reused.
        var secureDelete = Pragma(connection, "PRAGMA secure_delete;");
        Pragma(connection, "PRAGMA secure_delete = ON;");
        try
        {
            var result = await EraseAsync(connection, customerNumber, reason, actor, suppressionsOf, cancellationToken).ConfigureAwait(false);
            // The old pages also stay in the write-ahead log until a checkpoint copies the new ones over them; take it now
            // (best effort: a reader still using an old page makes it stop short, and the next checkpoint finishes the job).
            if (result is not null) Pragma(connection, "PRAGMA wal_checkpoint(TRUNCATE);");
            return result;
        }
        finally
        {
            Pragma(connection, "PRAGMA secure_delete = " + secureDelete.ToString(System.Globalization.CultureInfo.InvariantCulture) + ";");
        }
    }

    private static long Pragma(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<ErasureResult?> EraseAsync(
        SqliteConnection connection, long customerNumber, string reason, string actor,
        Func<IReadOnlyList<ErasableRecord>, IReadOnlyCollection<Suppression>> suppressionsOf, CancellationToken cancellationToken)
    {
        // IMMEDIATE: the records read are the records erased; no sync or resolution can slip in between.
        await using var transaction = connection.BeginTransaction(deferred: false);
        var now = clock.GetUtcNow();
        var writer = new ErasureWriter(connection, transaction, IsoText.Timestamp(now));
        if (!writer.CustomerExists(customerNumber)) return null;

        var rows = writer.RecordsOf(customerNumber);
        var records = rows.Select(r => r.Record).ToList();
        var suppressions = suppressionsOf(records);

        long orders = 0, interactions = 0, events = 0;
        var erasedRefs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (rowId, record) in rows)
        {
            var token = IdentifierHash.ErasedSourceId(record.Source, record.SourceId);
            writer.EraseRecord(rowId, token);
            var unlinked = writer.UnlinkActivity(record, token);
            orders += unlinked.Orders;
            interactions += unlinked.Interactions;
            events += unlinked.Events;
            erasedRefs[new RecordRef(record.Source, record.SourceId).ToString()] = new RecordRef(record.Source, token).ToString();
        }

        var quarantine = writer.DeleteQuarantine(records);
        var decisions = writer.EraseDecisions(customerNumber, erasedRefs);
        writer.DeleteGolden(customerNumber);

        var erasure = new Erasure
        {
            CustomerNumber = customerNumber,
            Reason = reason,
            Actor = actor,
            ErasedAt = now,
            SourceRecords = rows.Count,
            Orders = orders,
            Interactions = interactions,
            Events = events,
            QuarantineItems = quarantine,
            Decisions = decisions,
            Suppressions = suppressions.Count,
        };
        erasure = erasure with { Id = writer.InsertAudit(erasure) };
        writer.InsertSuppressions(erasure.Id, suppressions);
        // A resolution computed before this point may hold the person; raising the generation makes its save fail.
        var generation = ResolutionGeneration.Advance(connection);
        await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
        return new ErasureResult(erasure, generation);
    }

    public async Task<IReadOnlyList<Erasure>> ListAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<ErasureRow>(new CommandDefinition(ErasureRow.SelectNewest, new { limit }, cancellationToken: cancellationToken))
            .ConfigureAwait(false);
        return rows.Select(r => r.ToErasure()).ToList();
    }

    public async Task<IReadOnlyList<Suppression>> LoadSuppressionsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<(string Kind, string Hash)>(new CommandDefinition(
            "SELECT kind, hash FROM suppressions;", cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => new Suppression(SuppressionKinds.Parse(r.Kind), r.Hash)).ToList();
    }
}
