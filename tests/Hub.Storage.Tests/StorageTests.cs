namespace Hub.Storage.Tests;

/// <summary>
/// The base of a test class that runs on every engine: the class is abstract and takes the engine, and one sealed subclass
/// per engine names it (see TestDatabase for the pattern). Tests of one engine's specifics go in that engine's subclass.
/// </summary>
public abstract class StorageTests(StorageEngine engine)
{
    protected static CancellationToken Ct => TestDatabase.Ct;

    protected StorageEngine Engine { get; } = engine;

    /// <summary>A fresh database of this class's engine, migrated unless told otherwise.</summary>
    private protected Task<TestDatabase> CreateDatabaseAsync(bool migrate = true) => TestDatabase.CreateAsync(Engine, migrate);
}
