namespace Hub.Core.Model;

/// <summary>
/// The audit entry of one erasure: which customer number, who, when, why and how much was erased. It holds no personal
/// data, so it can be kept as proof that the request was carried out.
/// </summary>
public sealed record Erasure
{
    /// <summary>The entry's id.</summary>
    public long Id { get; init; }
    /// <summary>The customer erased (the number is never given out again).</summary>
    public required long CustomerNumber { get; init; }
    /// <summary>Why, as the operator gave it.</summary>
    public required string Reason { get; init; }
    /// <summary>Who: an operating-system user, or <c>apikey:ID</c>.</summary>
    public required string Actor { get; init; }
    /// <summary>When.</summary>
    public DateTimeOffset ErasedAt { get; init; }
    /// <summary>Source records erased.</summary>
    public long SourceRecords { get; init; }
    /// <summary>Orders no longer linked to the person (their amounts stay in the statistics).</summary>
    public long Orders { get; init; }
    /// <summary>Interactions unlinked and stripped of personal fields.</summary>
    public long Interactions { get; init; }
    /// <summary>Events unlinked and stripped of their properties.</summary>
    public long Events { get; init; }
    /// <summary>Quarantined inputs that held one of the person's identifiers, deleted.</summary>
    public long QuarantineItems { get; init; }
    /// <summary>Identity decisions whose override value or record names were erased.</summary>
    public long Decisions { get; init; }
    /// <summary>Identifiers put on the suppression list.</summary>
    public long Suppressions { get; init; }

    /// <summary>The customer's public id.</summary>
    public string CustomerId => Model.CustomerId.Format(CustomerNumber);
}
