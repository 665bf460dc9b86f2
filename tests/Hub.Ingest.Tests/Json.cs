using System.Text.Json;

namespace Hub.Ingest.Tests;

/// <summary>Reads the bodies the endpoints answer with.</summary>
internal static class Json
{
    /// <summary>The <c>error</c> of a refusal's <c>{"error": "..."}</c> body, after checking it is JSON.</summary>
    public static async Task<string> ErrorOfAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.GetProperty("error").GetString()!;
    }
}
