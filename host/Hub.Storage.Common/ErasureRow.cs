using Hub.Core.Model;

namespace Hub.Storage.Common;

/// <summary>A row of the <c>erasures</c> audit log as Dapper reads it.</summary>
internal sealed class ErasureRow
{
    /// <summary>The newest <c>@limit</c> erasures, newest first, in the shape Dapper fills this class from.</summary>
    public const string SelectNewest =
        "SELECT id AS Id, customer_number AS CustomerNumber, reason AS Reason, actor AS Actor, erased_at AS ErasedAt, " +
        "source_records AS SourceRecords, orders AS Orders, interactions AS Interactions, events AS Events, " +
        "quarantine_items AS QuarantineItems, decisions AS Decisions, suppressions AS Suppressions " +
        "FROM erasures ORDER BY id DESC LIMIT @limit;";

    public long Id { get; set; }
    public long CustomerNumber { get; set; }
    public string Reason { get; set; } = "";
    public string Actor { get; set; } = "";
    public string ErasedAt { get; set; } = "";
    public long SourceRecords { get; set; }
    public long Orders { get; set; }
    public long Interactions { get; set; }
    public long Events { get; set; }
    public long QuarantineItems { get; set; }
    public long Decisions { get; set; }
    public long Suppressions { get; set; }

    public Erasure ToErasure() => new()
    {
        Id = Id,
        CustomerNumber = CustomerNumber,
        Reason = Reason,
        Actor = Actor,
        ErasedAt = IsoText.ParseTimestamp(ErasedAt),
        SourceRecords = SourceRecords,
        Orders = Orders,
        Interactions = Interactions,
        Events = Events,
        QuarantineItems = QuarantineItems,
        Decisions = Decisions,
        Suppressions = Suppressions,
    };
}
