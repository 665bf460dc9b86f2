using System.Net;
using Hub.Core.Model;

namespace Hub.Api.Tests;

/// <summary>Fields that declare a role (RequireRole) refuse weaker keys with 403 FORBIDDEN before anything runs.</summary>
public sealed class RoleTests(GuardedApiServer guarded) : IClassFixture<GuardedApiServer>
{
    private ApiServer Server => guarded.Server;

    [Theory]
    [InlineData(ApiRole.Reader, "mutation { pauseEverything }", "operator", "reader")]
    [InlineData(ApiRole.Reader, "mutation { mergeEverything }", "admin", "reader")]
    [InlineData(ApiRole.Operator, "mutation { mergeEverything }", "admin", "operator")]
    public async Task A_key_too_weak_for_a_field_gets_403_forbidden_naming_the_role_needed_and_its_own(ApiRole role, string query, string needed, string has)
    {
        var calls = guarded.Calls;
        var key = await Server.CreateKeyAsync(role);

        var response = await Server.ClientWith(key).QueryAsync(query);

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal("FORBIDDEN", response.FirstErrorCode);
        var message = Assert.Single(response.ErrorMessages);
        Assert.Contains($"needs a key with the {needed} role", message, StringComparison.Ordinal);
        Assert.Contains($"has the {has} role", message, StringComparison.Ordinal);
        Assert.Contains(key.Split('_')[1], message, StringComparison.Ordinal);
        Assert.Contains($"hub apikey create --role {needed}", message, StringComparison.Ordinal);
        Assert.Null(response.Body["data"]);
        Assert.Equal(calls, guarded.Calls);
    }

    [Fact]
    public async Task The_newer_media_type_gets_403_as_well()
    {
        var response = await Server.ClientWith(await Server.CreateKeyAsync()).QueryAsync(
            "mutation { mergeEverything }", accept: "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal("FORBIDDEN", response.FirstErrorCode);
    }

    [Theory]
    [InlineData(ApiRole.Operator, "mutation { pauseEverything ping }")]
    [InlineData(ApiRole.Admin, "mutation { pauseEverything mergeEverything }")]
    [InlineData(ApiRole.Reader, "mutation { ping }")]
    public async Task A_key_with_the_role_needed_or_a_stronger_one_runs_the_field(ApiRole role, string query)
    {
        var data = await Server.ClientWith(await Server.CreateKeyAsync(role)).DataAsync(query);

        Assert.NotNull(data);
    }

    [Fact]
    public async Task A_guarded_field_reached_through_a_fragment_is_refused_too()
    {
        var response = await Server.ClientWith(await Server.CreateKeyAsync(ApiRole.Operator)).QueryAsync(
            "mutation { ...all } fragment all on Mutation { ping mergeEverything }");

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Contains("'mergeEverything'", Assert.Single(response.ErrorMessages), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_operation_that_runs_is_checked()
    {
        const string Document = "query Count { customers(first: 1) { totalCount } } mutation Merge { mergeEverything }";

        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { query = Document, operationName = "Count" }),
        };
        request.Headers.Authorization = new("Bearer", await Server.CreateKeyAsync());
        var response = await ApiResponse.ReadAsync(await Server.Client.SendAsync(request, TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Null(response.Body["errors"]);
        Assert.Equal(ApiServer.CustomerNumbers.Count, response.Body["data"]!["customers"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Queries_stay_open_to_every_role()
    {
        foreach (var role in Enum.GetValues<ApiRole>())
        {
            var data = await Server.ClientWith(await Server.CreateKeyAsync(role)).DataAsync("{ plugins { id } }");
            Assert.NotEmpty(data["plugins"]!.AsArray());
        }
    }
}
