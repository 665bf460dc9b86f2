using Hub.Core.Storage;
using Hub.Storage.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hub.Storage.Tests;

/// <summary>What <c>/readyz</c> asks the database: reachable and migrated, without ever creating or changing it.</summary>
public abstract class ReadinessTests(StorageEngine engine) : StorageTests(engine)
{
    [Fact]
    public async Task A_migrated_database_is_ready()
    {
        await using var db = await CreateDatabaseAsync();

        Assert.Null(await db.Database.CheckReadyAsync(Ct));
    }

    [Fact]
    public async Task A_database_without_the_migrations_is_not_ready()
    {
        await using var db = await CreateDatabaseAsync(migrate: false);
        if (Engine == StorageEngine.Sqlite) Directory.CreateDirectory(Path.GetDirectoryName(db.Path)!);
        await db.ScalarAsync<long>("SELECT 1");

        Assert.NotNull(await db.Database.CheckReadyAsync(Ct));
    }
}

public sealed class SqliteReadinessTests() : ReadinessTests(StorageEngine.Sqlite)
{
    [Fact]
    public async Task A_missing_file_is_not_ready_and_is_not_created_by_asking()
    {
        await using var db = await CreateDatabaseAsync(migrate: false);

        Assert.Contains("missing", await db.Database.CheckReadyAsync(Ct), StringComparison.Ordinal);
        Assert.False(File.Exists(db.Path));
    }
}

public sealed class PostgresReadinessTests() : ReadinessTests(StorageEngine.Postgres)
{
    [Fact]
    public async Task A_database_that_does_not_exist_is_not_ready_and_the_reason_says_so()
    {
        await using var db = await CreateDatabaseAsync(migrate: false);
        var missing = db.ConnectionString.Replace("Database=hub_test_", "Database=missing_", StringComparison.Ordinal);
        await using var services = new ServiceCollection().AddHubPostgresStorage(missing).BuildServiceProvider();

        var reason = await services.GetRequiredService<IHubDatabase>().CheckReadyAsync(Ct);

        Assert.Contains("does not exist", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lock_held_by_another_node_serialization_failures_and_deadlocks_are_transient_and_mistakes_are_not()
    {
        await using var db = await CreateDatabaseAsync();
        await using var otherNode = new NpgsqlConnection(db.ConnectionString);
        await otherNode.OpenAsync(Ct);
        await using var holding = await otherNode.BeginTransactionAsync(Ct);
        await using (var hold = new NpgsqlCommand("LOCK TABLE connectors IN ACCESS EXCLUSIVE MODE;", otherNode, holding)) await hold.ExecuteNonQueryAsync(Ct);

        var busy = await Assert.ThrowsAsync<PostgresException>(() => db.ScalarAsync<long>("BEGIN; LOCK TABLE connectors IN SHARE MODE NOWAIT; COMMIT;"));
        var mistake = await Assert.ThrowsAsync<PostgresException>(() => db.ScalarAsync<long>("SELEC 1;"));

        Assert.True(db.Database.IsTransient(busy));
        Assert.False(db.Database.IsTransient(mistake));
        Assert.True(db.Database.IsTransient(new PostgresException("could not serialize access", "ERROR", "ERROR", PostgresErrorCodes.SerializationFailure)));
        Assert.True(db.Database.IsTransient(new PostgresException("deadlock detected", "ERROR", "ERROR", PostgresErrorCodes.DeadlockDetected)));
        Assert.False(db.Database.IsTransient(new InvalidOperationException("not a database error")));
    }
}
