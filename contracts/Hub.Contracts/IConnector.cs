namespace Hub.Contracts;

/// <summary>
/// Reads records from one kind of source system. A connector only reads and yields: the host owns
/// batching, validation, quarantine, retries, persistence and checkpoints. A connector is stateless;
/// everything about one configured instance comes in through the <see cref="ConnectorContext"/>.
/// Exceptions should simply propagate: the host records them against the run.
/// </summary>
public interface IConnector
{
    /// <summary>The settings an instance of this connector takes; checked by the host when an instance is added.</summary>
    IReadOnlyList<SettingDefinition> Settings { get; }

    /// <summary>Checks that the source can be reached with the instance's settings, before the first sync.</summary>
    Task<CheckResult> CheckAsync(ConnectorContext context, CancellationToken cancellationToken);

    /// <summary>
    /// Reads everything that changed after <paramref name="checkpoint"/>, in batches. Each batch carries the
    /// checkpoint to resume from once that batch (and every batch before it) has been stored; the host commits
    /// a batch and its checkpoint in one transaction, so reading again from the last stored checkpoint must
    /// never skip a record (records may be read twice: storage is idempotent).
    /// </summary>
    IAsyncEnumerable<RecordBatch> ReadAsync(ConnectorContext context, Checkpoint checkpoint, CancellationToken cancellationToken);
}
