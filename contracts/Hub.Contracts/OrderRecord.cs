namespace Hub.Contracts;

/// <summary>An order placed by a source customer. It attaches to the customer when that customer arrives, if it has not yet.</summary>
public sealed record OrderRecord : SourceRecord
{
    /// <inheritdoc />
    public override string Stream => "orders";

    /// <inheritdoc />
    public override string RecordId => OrderId;

    /// <summary>The order's id in the source. Required.</summary>
    public required string OrderId { get; init; }

    /// <summary>The <see cref="CustomerRecord.SourceId"/> of the customer in the same source. Required.</summary>
    public required string CustomerSourceId { get; init; }

    /// <summary>When it was placed.</summary>
    public required DateTimeOffset OrderedAt { get; init; }

    /// <summary>The total, in <see cref="Currency"/>.</summary>
    public required decimal Amount { get; init; }

    /// <summary>ISO 4217 currency code.</summary>
    public required string Currency { get; init; }

    /// <summary>The order lines, if the source has them.</summary>
    public IReadOnlyList<OrderLine> Lines { get; init; } = [];
}
