namespace Hub.Benchmarks.Scenarios;

/// <summary>One round of the ingest scenarios, each on a fresh database.</summary>
/// <param name="Import">The files through <c>hub import customers</c>.</param>
/// <param name="Reimport">The same files imported again into that store: every record unchanged.</param>
/// <param name="Sync">The files through files connector instances: a checkpoint in every batch's transaction.</param>
/// <param name="Floor">The bare insert of the same rows.</param>
/// <param name="FloorWithKey">The insert into a table with the (source, source_id) unique key, committed as the store commits.</param>
/// <param name="Parse">The files connector reading the files, nothing stored.</param>
/// <param name="ParseAndValidate">The same plus the host's validation, nothing stored.</param>
/// <param name="StoreBytes">Size of the imported store (database file and its WAL) after the import.</param>
internal sealed record IngestRound(
    ScenarioResult Import,
    ScenarioResult Reimport,
    ScenarioResult Sync,
    ScenarioResult Floor,
    ScenarioResult FloorWithKey,
    ScenarioResult Parse,
    ScenarioResult ParseAndValidate,
    long StoreBytes);
