namespace Hub.SampleData;

/// <summary>What to generate. The same options always give the same data, byte for byte.</summary>
/// <param name="Customers">
/// How many real customers (persons, companies, channel partners). Each appears in one or more channels, so the
/// files hold more customer rows than this.
/// </param>
/// <param name="Seed">Different seeds give different, equally realistic data.</param>
public sealed record SampleDataOptions(int Customers, int Seed = 42)
{
    /// <summary>Identifier ranges are sized so no two customers can share one up to this many.</summary>
    public const int MaxCustomers = 5_000_000;

    /// <summary>First day orders may be placed on.</summary>
    public DateOnly Start { get; init; } = new(2023, 1, 1);

    /// <summary>Last day orders may be placed on.</summary>
    public DateOnly End { get; init; } = new(2025, 12, 31);

    /// <summary>Whether to add the few broken rows that exercise the hub's warning and quarantine paths.</summary>
    public bool IncludeDirtyRows { get; init; } = true;

    /// <summary>Throws when the options cannot be honoured, saying what to change.</summary>
    public void Validate()
    {
        if (Customers is < 0 or > MaxCustomers)
            throw new ArgumentOutOfRangeException(nameof(Customers), Customers, $"customers must be between 0 and {MaxCustomers:N0}");
        if (End < Start)
            throw new ArgumentOutOfRangeException(nameof(End), End, $"the end date {End:yyyy-MM-dd} is before the start date {Start:yyyy-MM-dd}");
    }
}
