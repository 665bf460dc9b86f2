namespace Hub.Storage.Postgres;

/// <summary>
/// The keys of the advisory locks the hub takes, in one place so that no two uses share a key by accident.
/// Every key is a 64-bit number made of a readable tag, so <c>pg_locks</c> shows which lock a node holds or waits for.
/// </summary>
internal static class PostgresAdvisoryLocks
{
    /// <summary>Held (session level) while one node migrates the schema; a node starting meanwhile waits, then finds nothing to do.</summary>
    public const long Migrate = 0x6875622D6D696772; // "hub-migr"

    /// <summary>
    /// Held (transaction level) by every resolution save and every erasure: both check, then raise, the resolution
    /// generation, and two nodes doing either at once would otherwise both pass the check.
    /// </summary>
    public const long Resolution = 0x6875622D7265736F; // "hub-reso"

    /// <summary>
    /// Held (transaction level) while a batch of one source is written, as the first of the two-part key
    /// <c>(IngestSourceTag, hashtext(source))</c>: <c>pg_locks</c> shows it as classid, the source's hash as objid. A batch
    /// on its own (a push, a quarantine retry) takes it exclusive; the batches of a run's writer, which may be two at once,
    /// take it shared, and their run holds <see cref="IngestRunTag"/>. So a lone batch waits for the at most two batches of
    /// a run in flight, not for the run. Two sources sharing a hash only take turns, which costs time, never correctness.
    /// </summary>
    public const int IngestSourceTag = 0x696E6773; // "ings"

    /// <summary>
    /// Held (session level, on a connection of its own) while a run's batch writer of one source is open, keyed like
    /// <see cref="IngestSourceTag"/>: two runs of one source (a sync and an import, on one node or two) take turns.
    /// </summary>
    public const int IngestRunTag = 0x696E6772; // "ingr"

    /// <summary>Adds the parameters <c>@tag</c> and <c>@source</c> of <c>(@tag, hashtext(@source))</c>, an ingest lock of <paramref name="source"/>.</summary>
    public static void AddIngestSource(Npgsql.NpgsqlParameterCollection parameters, string source, int tag = IngestSourceTag)
    {
        parameters.AddWithValue("tag", tag);
        parameters.AddWithValue("source", source);
    }

    /// <summary>
    /// With a miner's name hashed as the second key (the two-key form, whose space is apart from the one-key locks above):
    /// held while a run of that miner finishes, so two nodes finishing runs of one miner agree on which runs keep their rows.
    /// </summary>
    public const int MiningRunsOfMiner = 0x6D696E65; // "mine"
}
