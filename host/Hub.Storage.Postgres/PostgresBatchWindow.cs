using Hub.Core.Storage;
using Npgsql;

namespace Hub.Storage.Postgres;

/// <summary>
/// A run's batches of one source on PostgreSQL, two at a time: while one batch finishes and commits, the next is copied
/// and upserted in a transaction of its own, so a second server process works beside the first (an upsert keeps one
/// processor core busy, and the server is what bounds a large import). It stays as safe as one batch at a time:
/// <list type="bullet">
/// <item>The writer holds the source's run lock (<see cref="PostgresAdvisoryLocks.IngestRunTag"/>) for as long as it is
/// open, at session level on a connection of its own: another run of the source (a sync beside an import, another node)
/// waits for this one to end. Its batches take the source's batch lock shared, so a lone batch of the source (a push)
/// waits only for the batches in flight, as it waits for one batch of another writer.</item>
/// <item>A batch that shares a record key with the batch before it waits for that one to commit before its upsert, so two
/// upserts never wait for each other's rows (see <see cref="PostgresStartedBatch"/>).</item>
/// <item>What batches share (the activity of customers, the checkpoint, the run's counts) is written after the batch before
/// committed, and batches commit in order, so the checkpoint never passes a batch that is not stored.</item>
/// </list>
/// </summary>
internal sealed class PostgresBatchWindow : IBatchWriter
{
    private readonly PostgresConnectionFactory _connections;
    private readonly NpgsqlConnection _lease;
    private readonly string _source;
    private readonly Func<string> _now;
    private PostgresStartedBatch? _last;

    private PostgresBatchWindow(PostgresConnectionFactory connections, NpgsqlConnection lease, string source, Func<string> now)
    {
        _connections = connections;
        _lease = lease;
        _source = source;
        _now = now;
    }

    /// <summary>Opens the writer once no other run's writer of <paramref name="source"/> is open (it waits until then).</summary>
    public static async Task<PostgresBatchWindow> OpenAsync(PostgresConnectionFactory connections, string source, Func<string> now, CancellationToken cancellationToken)
    {
        var lease = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var take = new NpgsqlCommand("SELECT pg_advisory_lock(@tag, hashtext(@source));", lease);
            PostgresAdvisoryLocks.AddIngestSource(take.Parameters, source, PostgresAdvisoryLocks.IngestRunTag);
            await take.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return new PostgresBatchWindow(connections, lease, source, now);
        }
        catch
        {
            await lease.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public int Window => 2;

    public IStartedBatch Start(IngestBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Source != _source) throw new ArgumentException($"the writer is for source '{_source}', not '{batch.Source}'", nameof(batch));
        _last = new PostgresStartedBatch(_connections, batch, _last, _now(), cancellationToken);
        return _last;
    }

    public async ValueTask DisposeAsync()
    {
        _last = null;
        try
        {
            // Released here, not by closing: the pool resets a connection only when it is next used, so the lock would stay.
            await using var release = new NpgsqlCommand("SELECT pg_advisory_unlock(@tag, hashtext(@source));", _lease);
            PostgresAdvisoryLocks.AddIngestSource(release.Parameters, _source, PostgresAdvisoryLocks.IngestRunTag);
            await release.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (NpgsqlException)
        {
            // The connection broke, and the server let go of the lock when it did; the pool drops a broken connection.
        }
        finally
        {
            await _lease.DisposeAsync().ConfigureAwait(false);
        }
    }
}
