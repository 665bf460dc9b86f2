using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Hub.Core.Model;
using Hub.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests;

public sealed class AuthenticationTests(ApiServer server) : IClassFixture<ApiServer>
{
    private const string Query = "{ customers(first: 1) { totalCount } }";

    [Fact]
    public async Task A_request_without_a_key_is_refused_with_a_bearer_challenge_that_says_what_to_do()
    {
        var response = await PostAsync(authorization: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
        Assert.Equal("UNAUTHENTICATED", response.FirstErrorCode);
        var message = Assert.Single(response.ErrorMessages);
        Assert.Contains("Authorization: Bearer", message);
        Assert.Contains("hub apikey create", message);
        Assert.Null(response.Body["data"]);
    }

    [Theory]
    [InlineData("hub_abcdefgh_notarealsecretnotarealsecretnotarealsec")]
    [InlineData("letmein")]
    public async Task A_request_with_an_unknown_key_is_refused(string key)
    {
        var response = await PostAsync(new AuthenticationHeaderValue("Bearer", key));

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
        Assert.Equal("UNAUTHENTICATED", response.FirstErrorCode);
    }

    [Fact]
    public async Task A_valid_key_sent_with_another_scheme_is_refused()
    {
        var key = await server.CreateKeyAsync();

        var response = await PostAsync(new AuthenticationHeaderValue("Basic", key));

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
    }

    [Fact]
    public async Task A_revoked_key_is_refused()
    {
        const string key = "hub_revoked1_c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0c2Vj";
        var store = server.Services.GetRequiredService<IApiKeyStore>();
        await store.AddAsync(new ApiKey("revoked1", ApiKeyService.Hash(key), ApiRole.Admin, true,
            DateTimeOffset.UtcNow.AddDays(-2), RevokedAt: DateTimeOffset.UtcNow.AddDays(-1)), CancellationToken.None);

        var response = await PostAsync(new AuthenticationHeaderValue("Bearer", key));

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Null(await server.Services.GetRequiredService<ApiKeyService>().AuthenticateAsync(key, CancellationToken.None));
    }

    [Fact]
    public async Task A_created_key_works_at_once_and_only_its_hash_is_stored()
    {
        var key = await server.CreateKeyAsync(ApiRole.Operator, pii: true);

        var match = Regex.Match(key, "^hub_([a-z0-9]{8})_([A-Za-z0-9_-]{43})$");
        Assert.True(match.Success, $"unexpected key form: {key}");
        var stored = await server.Services.GetRequiredService<IApiKeyStore>().FindByHashAsync(ApiKeyService.Hash(key), CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal(match.Groups[1].Value, stored.Id);
        Assert.Equal((ApiRole.Operator, true), (stored.Role, stored.Pii));
        Assert.DoesNotContain(match.Groups[2].Value, stored.Hash);
        Assert.Matches("^[0-9a-f]{64}$", stored.Hash);

        var data = await server.ClientWith(key).DataAsync(Query);
        Assert.Equal(ApiServer.CustomerNumbers.Count, data["customers"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Resolvers_see_the_callers_key_with_its_role_and_pii_permission()
    {
        var key = await server.CreateKeyAsync(ApiRole.Admin, pii: true);
        var id = key.Split('_')[1];

        await server.ClientWith(key).DataAsync("{ plugins { id } }");

        var context = Assert.IsType<HubUserContext>(server.Log.UserContexts.Last());
        Assert.Equal((id, ApiRole.Admin, true), (context.ApiKey.Id, context.ApiKey.Role, context.ApiKey.Pii));
    }

    [Fact]
    public async Task Two_created_keys_differ()
    {
        Assert.NotEqual(await server.CreateKeyAsync(), await server.CreateKeyAsync());
    }

    [Fact]
    public async Task A_browser_gets_a_help_page_without_a_key()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        using var response = await server.Client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Authorization", html);
        Assert.Contains("hub apikey create", html);
    }

    private async Task<ApiResponse> PostAsync(AuthenticationHeaderValue? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = Query }) };
        request.Headers.Authorization = authorization;
        return await ApiResponse.ReadAsync(await server.Client.SendAsync(request, TestContext.Current.CancellationToken));
    }
}
