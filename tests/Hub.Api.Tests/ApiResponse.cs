using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace Hub.Api.Tests;

/// <summary>An HTTP answer of the API with its JSON body parsed.</summary>
public sealed record ApiResponse(HttpStatusCode Status, string? MediaType, HttpResponseHeaders Headers, JsonNode Body, string Text)
{
    public static async Task<ApiResponse> ReadAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            var body = JsonNode.Parse(text) ?? throw new InvalidOperationException("empty body");
            return new ApiResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, response.Headers, body, text);
        }
    }

    /// <summary>The messages of every error in the body.</summary>
    public IReadOnlyList<string> ErrorMessages =>
        Body["errors"] is JsonArray errors ? [.. errors.Select(e => e!["message"]!.GetValue<string>())] : [];

    /// <summary>The code of the first error.</summary>
    public string? FirstErrorCode => Body["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();
}
