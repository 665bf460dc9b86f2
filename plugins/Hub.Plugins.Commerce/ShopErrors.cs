using System.Text.Json;

namespace Hub.Plugins.Commerce;

/// <summary>Reads what a failing shop says: Shopify answers <c>{"errors": "..."}</c> or <c>{"errors": {"field": [...]}}</c>.</summary>
internal static class ShopErrors
{
    private const int MaxLength = 300;

    public static async Task<string?> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = (await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false)).Trim();
        }
        catch (HttpRequestException)
        {
            return null;
        }

        if (text.Length == 0) return null;
        try
        {
            using var json = JsonDocument.Parse(text);
            if (json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("errors", out var errors))
            {
                text = errors.ValueKind == JsonValueKind.String ? errors.GetString()! : errors.GetRawText();
            }
        }
        catch (JsonException)
        {
            // Not JSON (a proxy's error page, say): the start of the text still tells the operator something.
        }

        return text.Length <= MaxLength ? text : text[..MaxLength] + "…";
    }
}
