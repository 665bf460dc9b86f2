namespace Hub.SampleData;

/// <summary>One shop order as exported, in the hub's canonical order columns.</summary>
public sealed record SampleOrderRow
{
    /// <summary>The shop customer id the order belongs to.</summary>
    public required string CustomerSourceId { get; init; }

    /// <summary>The order's id in the shop.</summary>
    public required string OrderId { get; init; }

    /// <summary>ISO 8601 UTC timestamp, e.g. <c>2024-05-01T09:30:00Z</c> (or the broken value of a dirty row).</summary>
    public required string OrderedAt { get; init; }

    /// <summary>Total with two decimals and a dot, e.g. <c>1280.00</c> (or the broken value of a dirty row).</summary>
    public required string Amount { get; init; }

    /// <summary>ISO 4217 code: CNY, USD, GBP or EUR.</summary>
    public required string Currency { get; init; }

    /// <summary>The ground truth: the <see cref="SamplePerson.Index"/> of the customer who ordered.</summary>
    public required int Person { get; init; }

    /// <summary>What is deliberately wrong with the row, or null for a clean row.</summary>
    public string? Problem { get; init; }
}
