namespace Hub.SampleData.Fakes;

/// <summary>How a <see cref="FakeShop"/> presents itself.</summary>
public sealed record FakeShopOptions
{
    /// <summary>The Admin API access token requests must carry in <c>X-Shopify-Access-Token</c>; others get 401.</summary>
    public string AccessToken { get; init; } = "shpat_local_sample_shop";

    /// <summary>The shop's name, as <c>shop.json</c> shows it.</summary>
    public string Name { get; init; } = "Hub Sample Shop";

    /// <summary>The shop's currency, as <c>shop.json</c> shows it.</summary>
    public string Currency { get; init; } = "USD";

    /// <summary>The shop's time zone offset: like Shopify, every timestamp is written in the shop's local time.</summary>
    public TimeSpan UtcOffset { get; init; } = TimeSpan.Zero;

    /// <summary>The loopback port to listen on; 0 picks a free one.</summary>
    public int Port { get; init; }
}
