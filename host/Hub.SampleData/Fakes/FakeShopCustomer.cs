namespace Hub.SampleData.Fakes;

/// <summary>
/// A customer of a <see cref="FakeShop"/>. <c>orders_count</c>, <c>total_spent</c> and <c>last_order_id</c> are not
/// stored: the shop computes them from its orders, as Shopify does.
/// </summary>
public sealed record FakeShopCustomer
{
    /// <summary>The customer's id.</summary>
    public required long Id { get; init; }

    /// <summary>E-mail address.</summary>
    public string? Email { get; init; }

    /// <summary>Given name.</summary>
    public string? FirstName { get; init; }

    /// <summary>Family name.</summary>
    public string? LastName { get; init; }

    /// <summary>Phone as typed.</summary>
    public string? Phone { get; init; }

    /// <summary><c>enabled</c>, <c>disabled</c> (e.g. an account made by a guest checkout), <c>invited</c> or <c>declined</c>.</summary>
    public string State { get; init; } = "enabled";

    /// <summary>Whether the customer confirmed their e-mail address.</summary>
    public bool VerifiedEmail { get; init; } = true;

    /// <summary>Comma-separated tags.</summary>
    public string Tags { get; init; } = "";

    /// <summary>A note the merchant keeps.</summary>
    public string? Note { get; init; }

    /// <summary>The customer's id in the merchant's own systems (Shopify's Multipass identifier).</summary>
    public string? MultipassIdentifier { get; init; }

    /// <summary>The currency the customer pays in.</summary>
    public string Currency { get; init; } = "USD";

    /// <summary>The default address.</summary>
    public FakeShopAddress? DefaultAddress { get; init; }

    /// <summary>When the customer was created; null: the shop stamps it when the customer is added.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the customer last changed; null: the shop stamps it when the customer is added or updated.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }
}
