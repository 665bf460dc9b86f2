using Hub.Testing;

namespace Hub.Server.Tests;

/// <summary><c>hub migrate</c> and the choice of storage engine (<c>--storage</c>, <c>--connection</c>) through the real executable.</summary>
public sealed class StorageEngineCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Migrate_creates_the_sqlite_schema_once_and_says_how_many_scripts_it_applied()
    {
        var hub = new HubProcess(Path.Combine(_folder.Path, "data"));

        var first = (await hub.RunAsync("migrate")).AssertSuccess();
        var again = (await hub.RunAsync("migrate")).AssertSuccess();

        Assert.Matches(@"engine sqlite, database .*hub\.db: applied [1-9][0-9]* migration script\(s\) now", first.Stdout);
        Assert.Contains("applied 0 migration script(s) now", again.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_storage_postgres_the_hub_migrates_and_keeps_its_api_keys_in_the_database_not_in_the_data_dir()
    {
        var server = await PostgresServer.Require();
        var connection = await server.CreateDatabaseAsync();
        var hub = new HubProcess(Path.Combine(_folder.Path, "data"));
        string[] postgres = ["--storage", "postgres", "--connection", connection];

        var first = (await hub.RunAsync(["migrate", .. postgres])).AssertSuccess();
        var again = (await hub.RunAsync(["migrate", .. postgres])).AssertSuccess();
        (await hub.RunAsync(["apikey", "create", "--role", "reader", .. postgres])).AssertSuccess();
        var listed = (await hub.RunAsync(["apikey", "list", .. postgres])).AssertSuccess();

        // Every script the engine ships, counted from its folder, so the test holds as migrations are added.
        var scripts = Directory.GetFiles(Path.Combine(RepoPaths.Root, "host", "Hub.Storage.Postgres", "Migrations"), "*.sql").Length;
        Assert.Contains("engine postgres, database 'hub_test_", first.Stdout, StringComparison.Ordinal);
        Assert.Contains($"applied {scripts} migration script(s) now, {scripts} in all", first.Stdout, StringComparison.Ordinal);
        Assert.Contains($"applied 0 migration script(s) now, {scripts} in all", again.Stdout, StringComparison.Ordinal);
        Assert.Contains("reader", listed.Stdout, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(hub.DataDirectory, "hub.db")));
        await server.DropDatabaseAsync(connection);
    }

    [Fact]
    public async Task Postgres_without_a_connection_string_or_with_an_unknown_database_is_one_clear_error()
    {
        var server = await PostgresServer.Require();
        var hub = new HubProcess(Path.Combine(_folder.Path, "data"));
        var unknown = server.ConnectionString("no_such_database");

        (await hub.RunAsync("migrate", "--storage", "postgres")).AssertUserError("needs a connection string");
        (await hub.RunAsync("migrate", "--storage", "postgres", "--connection", unknown)).AssertUserError("does not exist");
    }

    [Fact]
    public async Task Resolving_and_mining_work_on_postgres_through_the_command_line()
    {
        var server = await PostgresServer.Require();
        var connection = await server.CreateDatabaseAsync();
        var hub = new HubProcess(Path.Combine(_folder.Path, "data"));

        // Every store the commands need is there on PostgreSQL: an empty hub resolves and mines without a complaint.
        (await hub.RunAsync("resolve", "--storage", "postgres", "--connection", connection)).AssertSuccess();
        (await hub.RunAsync("mine", "--storage", "postgres", "--connection", connection)).AssertSuccess();
        await server.DropDatabaseAsync(connection);
    }

    public void Dispose() => _folder.Dispose();
}
