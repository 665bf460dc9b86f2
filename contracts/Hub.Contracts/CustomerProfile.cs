namespace Hub.Contracts;

/// <summary>The parts of a unified customer's golden record and source records a miner may weigh.</summary>
public sealed record CustomerProfile
{
    private static readonly IReadOnlyDictionary<string, string> NoAttributes = new Dictionary<string, string>();

    /// <summary>A profile with nothing known.</summary>
    public static CustomerProfile Empty { get; } = new();

    /// <summary>The golden record's display name.</summary>
    public string? DisplayName { get; init; }

    /// <summary>The golden record's company.</summary>
    public string? Company { get; init; }

    /// <summary>The golden record's country (ISO 3166-1 alpha-2).</summary>
    public string? Country { get; init; }

    /// <summary>When the hub first stored a record of this customer, from any source.</summary>
    public DateTimeOffset? FirstSeenAt { get; init; }

    /// <summary>
    /// The groups of related customers this one belongs to, each as <c>kind:key</c>: <c>company:acme</c> (the
    /// normalised company name), <c>segment-group:ID</c> (a Segment <c>group</c> call), <c>github-org:LOGIN</c>
    /// (a GitHub organisation). Customers sharing a group are aggregated by key-account models.
    /// </summary>
    public IReadOnlyList<string> Groups { get; init; } = [];

    /// <summary>
    /// The attributes of the customer's source records, keyed <c>source:name</c>, e.g. <c>github:followers</c>; where two
    /// records of one source disagree, the most recently updated wins.
    /// </summary>
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = NoAttributes;
}
