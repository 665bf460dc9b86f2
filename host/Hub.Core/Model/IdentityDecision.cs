namespace Hub.Core.Model;

/// <summary>
/// One entry of the append-only identity decision log: who decided what, when and why. Entries are never changed or
/// removed; a later entry (a clearing override, a new split) supersedes an earlier one. Every resolution, full or
/// incremental, applies the whole log.
/// </summary>
public sealed record IdentityDecision
{
    /// <summary>The log position; 0 before it is stored.</summary>
    public long Id { get; init; }

    /// <summary>What was decided.</summary>
    public required DecisionKind Kind { get; init; }

    /// <summary>Merge: the records to keep together. Split: the records taken out.</summary>
    public IReadOnlyList<RecordRef> Records { get; init; } = [];

    /// <summary>Split: the records they are kept apart from.</summary>
    public IReadOnlyList<RecordRef> Apart { get; init; } = [];

    /// <summary>Override and clear: the customer's records when it was decided, so the decision follows the customer through renumbering.</summary>
    public long? CustomerNumber { get; init; }

    /// <summary>Override and clear: the golden field, e.g. <c>email</c>.</summary>
    public string? Field { get; init; }

    /// <summary>Override: the value.</summary>
    public string? Value { get; init; }

    /// <summary>Why, in the operator's words.</summary>
    public required string Reason { get; init; }

    /// <summary>Who: the operating-system user of the CLI, or the API key's name.</summary>
    public required string Actor { get; init; }

    /// <summary>When.</summary>
    public DateTimeOffset At { get; init; }
}
