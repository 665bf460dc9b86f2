namespace Hub.Storage.Sqlite;

/// <summary>What storing one record did.</summary>
internal enum UpsertResult
{
    Inserted,
    Updated,
    Unchanged,
}
