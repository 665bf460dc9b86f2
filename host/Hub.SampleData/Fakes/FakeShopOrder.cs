namespace Hub.SampleData.Fakes;

/// <summary>An order of a <see cref="FakeShop"/>; one without <see cref="CustomerId"/> is a guest checkout.</summary>
public sealed record FakeShopOrder
{
    /// <summary>The order's id.</summary>
    public required long Id { get; init; }

    /// <summary>The customer who placed it; null for a guest checkout.</summary>
    public long? CustomerId { get; init; }

    /// <summary>The e-mail given at checkout.</summary>
    public string? Email { get; init; }

    /// <summary>The phone given at checkout.</summary>
    public string? Phone { get; init; }

    /// <summary>The order's name as the merchant sees it, e.g. <c>#1001</c>; null writes <c>#</c> and the id.</summary>
    public string? Name { get; init; }

    /// <summary>ISO 4217 code.</summary>
    public required string Currency { get; init; }

    /// <summary>The total, written verbatim (a decimal string such as <c>1280.00</c>), so a broken value can be served too.</summary>
    public required string TotalPrice { get; init; }

    /// <summary>When it was placed, written verbatim (ISO 8601); null writes <see cref="CreatedAt"/>.</summary>
    public string? ProcessedAt { get; init; }

    /// <summary><c>paid</c>, <c>pending</c>, <c>refunded</c>...</summary>
    public string FinancialStatus { get; init; } = "paid";

    /// <summary><c>fulfilled</c>, <c>partial</c>, or null when nothing was shipped yet.</summary>
    public string? FulfillmentStatus { get; init; }

    /// <summary>When the order was closed (archived); closed orders are listed only with <c>status=closed</c> or <c>any</c>.</summary>
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>When the order was cancelled; listed only with <c>status=cancelled</c> or <c>any</c>.</summary>
    public DateTimeOffset? CancelledAt { get; init; }

    /// <summary>What was bought.</summary>
    public IReadOnlyList<FakeShopLineItem> LineItems { get; init; } = [];

    /// <summary>The billing address; for a guest checkout the only place the buyer's name is kept.</summary>
    public FakeShopAddress? BillingAddress { get; init; }

    /// <summary>When it was created; null: the shop stamps it when the order is added.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When it last changed; null: the shop stamps it when the order is added or updated.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }
}
