using Hub.Core.Model;

namespace Hub.Storage.Sqlite.Tests;

public sealed class ApiKeyStoreTests
{
    private static CancellationToken Ct => TestDatabase.Ct;

    [Fact]
    public async Task A_key_is_found_by_its_hash_with_its_role_and_pii_right()
    {
        await using var db = await TestDatabase.CreateAsync();
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
        await using var db = await TestDatabase.CreateAsync();
        var created = new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);
        await db.ApiKeys.AddAsync(new ApiKey("k1", "hash-1", ApiRole.Admin, false, created, created.AddDays(3)), Ct);

        var found = await db.ApiKeys.FindByHashAsync("hash-1", Ct);

        Assert.Equal(created.AddDays(3), found!.RevokedAt);
    }

    [Fact]
    public async Task Two_keys_with_the_same_hash_cannot_both_be_stored()
    {
        await using var db = await TestDatabase.CreateAsync();
        var created = DateTimeOffset.UnixEpoch;
        await db.ApiKeys.AddAsync(new ApiKey("k1", "same", ApiRole.Reader, false, created), Ct);

        await Assert.ThrowsAnyAsync<Exception>(() => db.ApiKeys.AddAsync(new ApiKey("k2", "same", ApiRole.Admin, true, created), Ct));
        Assert.Equal("k1", (await db.ApiKeys.FindByHashAsync("same", Ct))!.Id);
    }
}
