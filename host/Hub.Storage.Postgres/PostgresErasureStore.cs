using Dapper;
using Hub.Core.Model;
using Hub.Core.Storage;

namespace Hub.Storage.Postgres;

/// <summary>
/// Erasures in one transaction under the resolution lock (<see cref="PostgresErasureWriter"/> holds the steps), their
/// audit log and the suppression list.
/// </summary>
/// <remarks>
/// PostgreSQL keeps the old versions of rows an erasure rewrote until VACUUM reclaims them (autovacuum does, soon after on
/// a busy table); unlike SQLite's secure_delete there is no setting that overwrites them at once.
/// </remarks>
internal sealed class PostgresErasureStore(PostgresConnectionFactory connections, TimeProvider clock) : IErasureStore
{
    public async Task<ErasureResult?> EraseAsync(
        long customerNumber, string reason, string actor,
        Func<IReadOnlyList<ErasableRecord>, IReadOnlyCollection<Suppression>> suppressionsOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(suppressionsOf);
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        // A resolution save of another node waits until the erasure commits, then finds the generation raised and the
        // erasure counted, and refuses an outcome that still holds the person.
        await PostgresResolutionGeneration.LockAsync(connection, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var writer = new PostgresErasureWriter(connection, IsoText.Timestamp(now), cancellationToken);
        if (!await writer.CustomerExistsAsync(customerNumber).ConfigureAwait(false)) return null;

        var rows = await writer.RecordsOfAsync(customerNumber).ConfigureAwait(false);
        var records = rows.Select(r => r.Record).ToList();
        var suppressions = suppressionsOf(records);

        var tokens = records.Select(r => IdentifierHash.ErasedSourceId(r.Source, r.SourceId)).ToArray();
        await writer.EraseRecordsAsync(rows.Select(r => r.RowId).ToArray(), tokens).ConfigureAwait(false);
        var (orders, interactions, events) = await writer.UnlinkActivityAsync(
            records.Select(r => r.Source).ToArray(), records.Select(r => r.SourceId).ToArray(), tokens).ConfigureAwait(false);
        var erasedRefs = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++)
        {
            erasedRefs[new RecordRef(records[i].Source, records[i].SourceId).ToString()] = new RecordRef(records[i].Source, tokens[i]).ToString();
        }

        var quarantine = await writer.DeleteQuarantineAsync(records).ConfigureAwait(false);
        var decisions = await writer.EraseDecisionsAsync(customerNumber, erasedRefs).ConfigureAwait(false);
        await writer.DeleteGoldenAsync(customerNumber).ConfigureAwait(false);

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
        erasure = erasure with { Id = await writer.InsertAuditAsync(erasure).ConfigureAwait(false) };
        await writer.InsertSuppressionsAsync(erasure.Id, suppressions).ConfigureAwait(false);
        // A resolution computed before this point may hold the person; raising the generation makes its save fail.
        var generation = await PostgresResolutionGeneration.AdvanceAsync(connection, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
        return new ErasureResult(erasure, generation);
    }

    public async Task<IReadOnlyList<Erasure>> ListAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<ErasureRow>(new CommandDefinition(ErasureRow.SelectNewest, new { limit = (long)limit }, cancellationToken: cancellationToken))
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
