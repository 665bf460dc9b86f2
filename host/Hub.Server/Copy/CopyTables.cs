namespace Hub.Server.Copy;

/// <summary>
/// A table <c>hub copy</c> carries. <paramref name="HubDataWhere"/>: for a table the target's migration seeds, the SQL
/// condition a row meets when it is hub data rather than a seed; such a table's seeded rows are replaced by the source's.
/// </summary>
internal sealed record CopyTable(string Name, string? HubDataWhere = null)
{
    /// <summary>Whether a freshly migrated target already has rows here.</summary>
    public bool IsSeeded => HubDataWhere is not null;
}

/// <summary>
/// Every table of the hub's data, and what is left behind. Columns are not listed here: each table's are matched by name
/// between the two schemas when the copy starts (<see cref="CopyPlan"/>), so a column added to both engines is carried
/// without a change here, and one added to only one engine stops the copy instead of being lost.
/// </summary>
internal static class CopyTables
{
    /// <summary>
    /// In an order the target's foreign keys accept: runs before quarantine, erasures before suppressions, mining runs
    /// before their scores and series. The other tables refer to each other by value only.
    /// </summary>
    public static IReadOnlyList<CopyTable> All { get; } =
    [
        // The counters (highest customer number ever issued, resolutions saved): the target's migration seeds them at 0,
        // and the source's values must win, or customer numbers would be issued again.
        new("meta", HubDataWhere: "value <> 0"),
        new("runs"),
        new("checkpoints"),
        new("checkpoint_changes"),
        new("quarantine"),
        // Schedules live here: a serving hub's reconciler rebuilds Quartz's jobs from them, so Quartz's tables are not copied.
        new("connectors"),
        new("api_keys"),
        new("customer_records"),
        new("orders"),
        new("interactions"),
        new("events"),
        // Its name-ordering key columns are generated on both engines (virtual in SQLite, stored in PostgreSQL): left out.
        new("customers"),
        new("identity_models"),
        new("identity_links"),
        new("identity_decisions"),
        new("erasures"),
        new("suppressions"),
        new("mining_runs"),
        // SQLite keys it by (run_id, customer_number) without an id; PostgreSQL's id is an identity that fills itself in.
        new("mining_scores"),
        new("mining_series"),
    ];

    /// <summary>
    /// Tables of either engine that are not the hub's data: each engine's migration journal (the target's migrator keeps its
    /// own history) and Quartz's tables (QRTZ_ in SQLite, qrtz_ in PostgreSQL), which a serving hub fills from the connectors.
    /// </summary>
    public static bool IsLeftBehind(string table) =>
        table == "hub_migrations" || table.StartsWith("qrtz_", StringComparison.OrdinalIgnoreCase);
}
