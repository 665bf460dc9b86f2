using Hub.Contracts;
using Hub.Core.Model;
using Hub.Core.Storage;
using Npgsql;

namespace Hub.Storage.Postgres;

/// <summary>
/// One batch of a <see cref="PostgresBatchWindow"/>: from its start, a task copies and upserts its rows in a transaction of
/// its own (<see cref="PostgresBatchWriter.StageAsync"/>); <see cref="CommitAsync"/> then writes the rest and commits;
/// disposing it uncommitted rolls it back.
/// <para>
/// Two batches upserting the same key at once would each wait for the other's row when their keys interleave (a deadlock
/// the server breaks by failing one of them). So a batch that shares a key with the batch before it, while that one is
/// not yet committed, waits for that commit before it upserts. A file read in order shares none, and goes on at once.
/// </para>
/// </summary>
internal sealed class PostgresStartedBatch : IStartedBatch
{
    private readonly IngestBatch _batch;
    private readonly HashSet<(string Stream, string Id)> _keys;
    private readonly TaskCompletionSource<bool> _committed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _abandon;
    private readonly Task<Staged> _staging;
    private PostgresStartedBatch? _previous;

    public PostgresStartedBatch(PostgresConnectionFactory connections, IngestBatch batch, PostgresStartedBatch? previous, string now, CancellationToken cancellationToken)
    {
        _batch = batch;
        _previous = previous;
        _keys = new HashSet<(string, string)>(batch.Records.Count);
        foreach (var record in batch.Records) _keys.Add((record.Stream, record.RecordId));
        _abandon = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _staging = Task.Run(() => StageAsync(connections, now, _abandon.Token), _abandon.Token);
    }

    /// <summary>Completes true once the batch committed, false once it failed or was given up.</summary>
    private Task<bool> Committed => _committed.Task;

    public async Task<RunCounts> CommitAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (_previous is { } previous && !await previous.Committed.WaitAsync(cancellationToken).ConfigureAwait(false))
                throw new InvalidOperationException("the batch was not committed because the batch before it was not");
            var staged = await _staging.WaitAsync(cancellationToken).ConfigureAwait(false);
            var counts = await staged.Writer.FinishAsync(_batch, staged.Warned, cancellationToken).ConfigureAwait(false);
            await staged.Transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
            _committed.TrySetResult(true);
            _previous = null;
            return counts;
        }
        catch
        {
            _committed.TrySetResult(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        // A batch after this one may wait for it: it must learn now that this one will not commit.
        if (_committed.TrySetResult(false)) await _abandon.CancelAsync().ConfigureAwait(false);
        try
        {
            var staged = await _staging.ConfigureAwait(false);
            // Uncommitted, disposing the transaction rolls it back.
            await staged.Transaction.DisposeAsync().ConfigureAwait(false);
            await staged.Connection.DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception)
        {
            // The staging failed or was given up, so there is nothing to roll back: CommitAsync reported the failure, or
            // nobody needs to hear it since the run stops anyway.
        }
        finally
        {
            _previous = null;
            _abandon.Dispose();
        }
    }

    private async Task<Staged> StageAsync(PostgresConnectionFactory connections, string now, CancellationToken cancellationToken)
    {
        if (_previous is { } previous && !previous.Committed.IsCompleted && SharesKeyWith(previous)
            && !await previous.Committed.WaitAsync(cancellationToken).ConfigureAwait(false))
        {
            throw new OperationCanceledException("the batch before this one was not committed", cancellationToken);
        }

        var encoded = PostgresIngestStore.Encoded(_batch, cancellationToken);
        NpgsqlConnection? connection = null;
        try
        {
            connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            // Shared with the run's other batch in flight; a lone batch of the source, which takes it exclusive, waits for both.
            await using (var take = new NpgsqlCommand("SELECT pg_advisory_xact_lock_shared(@tag, hashtext(@source));", connection, transaction))
            {
                PostgresAdvisoryLocks.AddIngestSource(take.Parameters, _batch.Source);
                await take.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            var writer = new PostgresBatchWriter(new StageContext(connection, transaction, _batch.Source, _batch.RunId, now));
            await writer.StageAsync(encoded, cancellationToken).ConfigureAwait(false);
            return new Staged(connection, transaction, writer, encoded.Warned);
        }
        catch
        {
            if (connection is not null) await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        finally
        {
            // The rows are on the server now (or never will be): give the pooled buffers back.
            encoded.Dispose();
        }
    }

    private bool SharesKeyWith(PostgresStartedBatch other)
    {
        var (small, large) = _keys.Count <= other._keys.Count ? (_keys, other._keys) : (other._keys, _keys);
        return small.Overlaps(large);
    }

    private sealed record Staged(NpgsqlConnection Connection, NpgsqlTransaction Transaction, PostgresBatchWriter Writer, long Warned);
}
