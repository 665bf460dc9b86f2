namespace Hub.Benchmarks.Scenarios;

/// <summary>
/// Fresh stores, and copies of a store, for scenarios that run on either engine (<see cref="BenchStorage"/> locators):
/// SQLite files in a folder, or databases on a PostgreSQL server.
/// </summary>
internal interface IScenarioStores
{
    /// <summary>A new, empty store named <paramref name="name"/> (lower case letters, digits and underscores).</summary>
    Task<string> NewAsync(string name);

    /// <summary>A copy of <paramref name="store"/>, which nothing may be using, named <paramref name="name"/>.</summary>
    Task<string> CopyAsync(string store, string name);

    Task DeleteAsync(string store);
}

/// <summary>SQLite stores: <c>FOLDER/NAME/hub.db</c>.</summary>
internal sealed class SqliteScenarioStores(string folder) : IScenarioStores
{
    public Task<string> NewAsync(string name)
    {
        var directory = Path.Combine(folder, name);
        Directory.CreateDirectory(directory);
        return Task.FromResult(Path.Combine(directory, "hub.db"));
    }

    /// <summary>
    /// Copies the database file. The services that wrote it are disposed by now, which closes the pooled connections, so
    /// SQLite has checkpointed the WAL into the file; a WAL that is still there goes along with it.
    /// </summary>
    public async Task<string> CopyAsync(string store, string name)
    {
        var copy = await NewAsync(name);
        File.Copy(store, copy);
        if (File.Exists(store + "-wal")) File.Copy(store + "-wal", copy + "-wal");
        return copy;
    }

    public Task DeleteAsync(string store)
    {
        Directory.Delete(Path.GetDirectoryName(store)!, recursive: true);
        return Task.CompletedTask;
    }
}
