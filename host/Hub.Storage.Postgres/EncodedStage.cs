namespace Hub.Storage.Postgres;

/// <summary>
/// One record table's share of a batch, encoded by <see cref="RecordStage{T}"/>: stored by <see cref="WriteAsync"/> inside
/// the batch's transaction, by binary COPY into a staging table and one upsert per round.
/// </summary>
internal sealed class EncodedStage(string createSql, string copySql, string upsertSql, bool notesCustomers, StageRow rows, int count, int rounds) : IDisposable
{
    /// <summary>Whether the upsert notes the customers its rows belong to, for the activity refresh.</summary>
    public bool NotesCustomers => notesCustomers;

    public async Task<StageCounts> WriteAsync(StageContext context, CancellationToken cancellationToken)
    {
        if (count == 0) return default;
        await using (var create = context.Command(createSql))
        {
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using (var copy = await context.Connection.BeginRawBinaryCopyAsync(copySql, cancellationToken).ConfigureAwait(false))
        {
            await copy.WriteAsync(rows.Payload, cancellationToken).ConfigureAwait(false);
        }

        long inserted = 0, updated = 0;
        for (var round = 0; round < rounds; round++)
        {
            await using var command = context.Command(upsertSql);
            command.Parameters.AddWithValue("source", context.Source);
            command.Parameters.AddWithValue("now", context.Now);
            command.Parameters.AddWithValue("run", context.RunId);
            command.Parameters.AddWithValue("round", round);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            inserted += reader.GetInt64(0);
            updated += reader.GetInt64(1);
        }

        return new StageCounts(inserted, updated, count - inserted - updated);
    }

    public void Dispose() => rows.Dispose();
}
