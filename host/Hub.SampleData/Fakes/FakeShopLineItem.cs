namespace Hub.SampleData.Fakes;

/// <summary>One line of a <see cref="FakeShopOrder"/>.</summary>
public sealed record FakeShopLineItem
{
    /// <summary>The product's stock-keeping unit; often empty in real shops.</summary>
    public string? Sku { get; init; }

    /// <summary>The product variant bought, if it still exists.</summary>
    public long? VariantId { get; init; }

    /// <summary>The product bought, if it still exists.</summary>
    public long? ProductId { get; init; }

    /// <summary>The product's title at the time of the order.</summary>
    public string Title { get; init; } = "";

    /// <summary>How many.</summary>
    public int Quantity { get; init; } = 1;

    /// <summary>Price of one, written verbatim (Shopify writes money as a decimal string such as <c>19.90</c>).</summary>
    public required string Price { get; init; }
}
