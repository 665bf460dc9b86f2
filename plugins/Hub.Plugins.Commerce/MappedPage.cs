using Hub.Contracts;

namespace Hub.Plugins.Commerce;

/// <summary>
/// What one page held: its records, its rejected items, and the id and <c>updated_at</c> of every item in page order
/// (those without a readable <c>updated_at</c> left out), items passed over as already stored included.
/// </summary>
internal sealed record MappedPage(IReadOnlyList<SourceRecord> Records, IReadOnlyList<RejectedRecord> Rejected, IReadOnlyList<PageItem> Items);

/// <summary>One item of a page: its id (null when it has none) and when the shop last changed it.</summary>
internal readonly record struct PageItem(string? Id, DateTimeOffset UpdatedAt);

/// <summary>The items of one instant a resumed read has already stored, to be passed over.</summary>
internal sealed record AlreadyStored(DateTimeOffset At, IReadOnlySet<string> Ids)
{
    public static AlreadyStored None { get; } = new(DateTimeOffset.MinValue, new HashSet<string>());

    public bool Contains(string? id, DateTimeOffset? updatedAt) => id is not null && updatedAt == At && Ids.Contains(id);
}
