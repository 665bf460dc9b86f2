namespace Hub.Storage.Sqlite.Tests;

/// <summary>What <c>/readyz</c> asks the database: reachable and migrated, without ever creating or changing it.</summary>
public sealed class ReadinessTests
{
    [Fact]
    public async Task A_migrated_database_is_ready()
    {
        await using var db = await TestDatabase.CreateAsync();

        Assert.Null(await db.Database.CheckReadyAsync(TestDatabase.Ct));
    }

    [Fact]
    public async Task A_missing_file_is_not_ready_and_is_not_created_by_asking()
    {
        await using var db = await TestDatabase.CreateAsync(migrate: false);

        Assert.Contains("missing", await db.Database.CheckReadyAsync(TestDatabase.Ct), StringComparison.Ordinal);
        Assert.False(File.Exists(db.Path));
    }

    [Fact]
    public async Task A_database_without_the_migrations_is_not_ready()
    {
        await using var db = await TestDatabase.CreateAsync(migrate: false);
        Directory.CreateDirectory(Path.GetDirectoryName(db.Path)!);
        await db.ScalarAsync<long>("SELECT 1");

        Assert.NotNull(await db.Database.CheckReadyAsync(TestDatabase.Ct));
    }
}
