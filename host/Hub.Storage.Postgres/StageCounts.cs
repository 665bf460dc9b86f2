namespace Hub.Storage.Postgres;

/// <summary>What storing one table's share of a batch did.</summary>
internal readonly record struct StageCounts(long Inserted, long Updated, long Unchanged);
