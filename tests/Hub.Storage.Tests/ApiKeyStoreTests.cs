using Hub.Core.Model;

namespace Hub.Storage.Tests;

public abstract class ApiKeyStoreTests(StorageEngine engine) : StorageTests(engine)
{
    [Fact]
    public async Task A_key_is_found_by_its_hash_with_its_role_and_pii_right()
    {
        await using var db = await CreateDatabaseAsync();
        var created = new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);
        await db.ApiKeys.AddAsync(new ApiKey("k1", new string('a', 64), ApiRole.Operator, Pii: true, created), Ct);
        await db.ApiKeys.AddAsync(new ApiKey("k2", new string('b', 64), ApiRole.Reader, Pii: false, created), Ct);

        var found = await db.ApiKeys.FindByHashAsync(new string('a', 64), Ct);

        Assert.Equal(new ApiKey("k1", new string('a', 64), ApiRole.Operator, true, created), found);
        Assert.Null(await db.ApiKeys.FindByHashAsync(new string('c', 64), Ct));
    }

    [Fact]
    public async Task A_revoked_key_is_still_found_and_shows_when_it_was_revoked()
    {
        await using var db = await CreateDatabaseAsync();
        var created = new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);
        await db.ApiKeys.AddAsync(new ApiKey("k1", "hash-1", ApiRole.Admin, false, created, created.AddDays(3)), Ct);

        var found = await db.ApiKeys.FindByHashAsync("hash-1", Ct);

        Assert.Equal(created.AddDays(3), found!.RevokedAt);
    }

    [Fact]
    public async Task Two_keys_with_the_same_hash_cannot_both_be_stored()
    {
        await using var db = await CreateDatabaseAsync();
        var created = DateTimeOffset.UnixEpoch;
        await db.ApiKeys.AddAsync(new ApiKey("k1", "same", ApiRole.Reader, false, created), Ct);

        await Assert.ThrowsAnyAsync<Exception>(() => db.ApiKeys.AddAsync(new ApiKey("k2", "same", ApiRole.Admin, true, created), Ct));
        Assert.Equal("k1", (await db.ApiKeys.FindByHashAsync("same", Ct))!.Id);
    }

    [Fact]
    public async Task A_keys_expiry_is_kept_and_a_key_without_one_never_expires()
    {
        await using var db = await CreateDatabaseAsync();
        var created = new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);
        await db.ApiKeys.AddAsync(new ApiKey("k1", "hash-1", ApiRole.Reader, false, created, ExpiresAt: created.AddDays(90)), Ct);
        await db.ApiKeys.AddAsync(new ApiKey("k2", "hash-2", ApiRole.Reader, false, created), Ct);

        Assert.Equal(created.AddDays(90), (await db.ApiKeys.FindByHashAsync("hash-1", Ct))!.ExpiresAt);
        Assert.Null((await db.ApiKeys.FindByHashAsync("hash-2", Ct))!.ExpiresAt);
    }

    [Fact]
    public async Task Keys_are_listed_oldest_first_with_everything_but_their_secret()
    {
        await using var db = await CreateDatabaseAsync();
        var created = new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);
        var newer = new ApiKey("k2", "hash-2", ApiRole.Admin, true, created.AddHours(1), ExpiresAt: created.AddDays(30));
        var older = new ApiKey("k1", "hash-1", ApiRole.Reader, false, created, created.AddDays(2), RevokeReason: "leaked");
        await db.ApiKeys.AddAsync(newer, Ct);
        await db.ApiKeys.AddAsync(older, Ct);

        Assert.Equal([older, newer], await db.ApiKeys.ListAsync(Ct));
    }

    [Fact]
    public async Task Revoking_a_key_records_when_and_why_and_a_second_revocation_changes_nothing()
    {
        await using var db = await CreateDatabaseAsync();
        var created = new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);
        await db.ApiKeys.AddAsync(new ApiKey("k1", "hash-1", ApiRole.Operator, false, created), Ct);

        Assert.True(await db.ApiKeys.RevokeAsync("k1", created.AddDays(1), "rotated", Ct));
        Assert.False(await db.ApiKeys.RevokeAsync("k1", created.AddDays(2), "again", Ct));
        Assert.False(await db.ApiKeys.RevokeAsync("nope", created.AddDays(2), null, Ct));

        var found = await db.ApiKeys.FindByHashAsync("hash-1", Ct);
        Assert.Equal((created.AddDays(1), "rotated"), (found!.RevokedAt, found.RevokeReason));
    }
}

public sealed class SqliteApiKeyStoreTests() : ApiKeyStoreTests(StorageEngine.Sqlite)
{
    [Fact]
    public async Task Keys_made_before_expiry_existed_survive_the_upgrade_and_never_expire()
    {
        await using var db = await CreateDatabaseAsync(migrate: false);
        await db.MigrateThroughAsync(6);
        await db.ScalarAsync<long>(
            "INSERT INTO api_keys (id, hash, role, pii, created_at) VALUES ('old1', 'hash-old', 'Admin', 1, '2024-01-02T03:04:05.0000000Z');");

        await db.ReopenAsync();

        var found = await db.ApiKeys.FindByHashAsync("hash-old", Ct);
        Assert.Equal(new ApiKey("old1", "hash-old", ApiRole.Admin, true, new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero)), found);
        Assert.Equal(MigrationScripts.Count, await db.ScalarAsync<long>("SELECT count(*) FROM hub_migrations;"));
    }
}

public sealed class PostgresApiKeyStoreTests() : ApiKeyStoreTests(StorageEngine.Postgres);
