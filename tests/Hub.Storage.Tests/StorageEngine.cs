namespace Hub.Storage.Tests;

/// <summary>The storage engines the suite runs on.</summary>
public enum StorageEngine
{
    Sqlite,
    Postgres,
}
