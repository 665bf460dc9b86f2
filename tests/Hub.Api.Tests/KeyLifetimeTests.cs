using System.Net;
using Hub.Core.Model;
using Hub.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests;

/// <summary>Keys that were revoked or have expired are refused with 401 and a message that says what to do.</summary>
public sealed class KeyLifetimeTests(ApiServer server) : IClassFixture<ApiServer>
{
    private const string Query = "{ customers(first: 1) { totalCount } }";

    private ApiKeyService Keys => server.Services.GetRequiredService<ApiKeyService>();

    [Fact]
    public async Task An_expired_key_is_refused_with_401_saying_it_expired_and_to_create_a_new_one()
    {
        const string key = "hub_expired1_ZXhwaXJlZGV4cGlyZWRleHBpcmVkZXhwaXJlZGV4cGlyZWRl";
        await Store().AddAsync(new ApiKey("expired1", ApiKeyService.Hash(key), ApiRole.Operator, true,
            DateTimeOffset.UtcNow.AddDays(-30), ExpiresAt: DateTimeOffset.UtcNow.AddMinutes(-1)), CancellationToken.None);

        var response = await server.ClientWith(key).QueryAsync(Query);

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("UNAUTHENTICATED", response.FirstErrorCode);
        var message = Assert.Single(response.ErrorMessages);
        Assert.Contains("expired1 expired on", message, StringComparison.Ordinal);
        Assert.Contains("hub apikey create --role operator --pii", message, StringComparison.Ordinal);
        Assert.Null(response.Body["data"]);
    }

    [Fact]
    public async Task A_key_that_has_not_expired_yet_works()
    {
        var key = await Keys.CreateAsync(ApiRole.Reader, pii: false, DateTimeOffset.UtcNow.AddDays(1), CancellationToken.None);

        var data = await server.ClientWith(key).DataAsync(Query);

        Assert.Equal(ApiServer.CustomerNumbers.Count, data["customers"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_key_revoked_after_use_is_refused_from_then_on_with_401_saying_it_was_revoked()
    {
        var key = await server.CreateKeyAsync(ApiRole.Admin);
        var id = key.Split('_')[1];
        await server.ClientWith(key).DataAsync(Query);

        Assert.True(await Keys.RevokeAsync(id, "left the company", CancellationToken.None));
        var response = await server.ClientWith(key).QueryAsync(Query);

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("UNAUTHENTICATED", response.FirstErrorCode);
        var message = Assert.Single(response.ErrorMessages);
        Assert.Contains($"{id} was revoked on", message, StringComparison.Ordinal);
        Assert.Contains("hub apikey create --role admin", message, StringComparison.Ordinal);
        // The reason is for operators; the caller learns only that the key is revoked.
        Assert.DoesNotContain("left the company", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_key_learns_nothing_about_revocation_or_expiry_of_real_keys()
    {
        var real = await server.CreateKeyAsync();
        await Keys.RevokeAsync(real.Split('_')[1], null, CancellationToken.None);
        var forged = real[..^4] + (real.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");

        var response = await server.ClientWith(forged).QueryAsync(Query);

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        var message = Assert.Single(response.ErrorMessages);
        Assert.StartsWith("The API key is unknown or has been revoked", message, StringComparison.Ordinal);
        Assert.DoesNotContain(real.Split('_')[1], message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_cannot_be_created_already_expired()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            Keys.CreateAsync(ApiRole.Reader, pii: false, DateTimeOffset.UtcNow.AddSeconds(-1), CancellationToken.None));
    }

    private IApiKeyStore Store() => server.Services.GetRequiredService<IApiKeyStore>();
}
