using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Hub.Api.Tests;

/// <summary>Sends GraphQL requests the way a BI tool would: POST, JSON, with a bearer key.</summary>
public sealed class ApiClient(HttpClient http, string key)
{
    public async Task<ApiResponse> QueryAsync(string query, object? variables = null, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        if (accept is not null) request.Headers.Accept.ParseAdd(accept);
        return await ApiResponse.ReadAsync(await http.SendAsync(request, TestContext.Current.CancellationToken));
    }

    /// <summary>The data of a query that must succeed; fails the test with the errors otherwise.</summary>
    public async Task<JsonNode> DataAsync(string query, object? variables = null)
    {
        var response = await QueryAsync(query, variables);
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.True(response.Body["errors"] is null, $"unexpected errors: {response.Body["errors"]?.ToJsonString()}");
        return response.Body["data"]!;
    }
}
