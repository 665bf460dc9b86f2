using System.Text.Json;

namespace Hub.Plugins.Commerce;

/// <summary>One successful answer: its JSON body and the next page's address, if there is one.</summary>
internal sealed record ShopResponse(JsonDocument Body, Uri? Next) : IDisposable
{
    public void Dispose() => Body.Dispose();
}
