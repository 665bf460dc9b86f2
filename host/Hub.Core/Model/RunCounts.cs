namespace Hub.Core.Model;

/// <summary>What a run (or one batch of it) did to the store.</summary>
public sealed record RunCounts
{
    /// <summary>Records and rejects read from the source.</summary>
    public long Read { get; init; }
    /// <summary>New records stored.</summary>
    public long Inserted { get; init; }
    /// <summary>Stored records that changed.</summary>
    public long Updated { get; init; }
    /// <summary>Records read again with nothing new.</summary>
    public long Unchanged { get; init; }
    /// <summary>Records kept with a warning (an optional field emptied).</summary>
    public long Warned { get; init; }
    /// <summary>Input kept in quarantine instead of stored.</summary>
    public long Quarantined { get; init; }
    /// <summary>Input left out because it belongs to an erased person (its identifiers are on the suppression list).</summary>
    public long Suppressed { get; init; }

    /// <summary>Both counts added up.</summary>
    public RunCounts Add(RunCounts other) => new()
    {
        Read = Read + other.Read,
        Inserted = Inserted + other.Inserted,
        Updated = Updated + other.Updated,
        Unchanged = Unchanged + other.Unchanged,
        Warned = Warned + other.Warned,
        Quarantined = Quarantined + other.Quarantined,
        Suppressed = Suppressed + other.Suppressed,
    };
}
