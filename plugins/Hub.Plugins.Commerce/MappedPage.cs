using Hub.Contracts;

namespace Hub.Plugins.Commerce;

/// <summary>
/// What one page held: its records, its rejected items, and the id, <c>updated_at</c> and fingerprint of every item in
/// page order (those without a readable <c>updated_at</c> left out), items passed over as already stored included.
/// </summary>
internal sealed record MappedPage(IReadOnlyList<SourceRecord> Records, IReadOnlyList<RejectedRecord> Rejected, IReadOnlyList<PageItem> Items);

/// <summary>
/// One item of a page: its id (null when it has none), when the shop last changed it, and the fingerprint of the content
/// stored for it: the one just read, or for an item passed over, the one its checkpoint kept (null when that kept its id
/// alone). Null also when the item has no id.
/// </summary>
internal readonly record struct PageItem(string? Id, DateTimeOffset UpdatedAt, string? Fingerprint);

/// <summary>The items of one instant a resumed read has already stored, to be passed over while they are unchanged.</summary>
internal sealed class AlreadyStored
{
    private readonly DateTimeOffset _at;
    private readonly Dictionary<string, string?> _fingerprints;

    public AlreadyStored(DateTimeOffset at, IEnumerable<StoredItem> items)
    {
        _at = at;
        _fingerprints = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (id, fingerprint) in items) _fingerprints[id] = fingerprint;
    }

    public static AlreadyStored None { get; } = new(DateTimeOffset.MinValue, []);

    /// <summary>
    /// The entry kept for the item when it is stored as it is now: changed at the same instant, with the same id, and
    /// the same fingerprint, or no fingerprint at all (kept by a checkpoint of the earlier format, which trusts the id
    /// alone). Null when the item is to be read.
    /// </summary>
    public StoredItem? Match(string? id, DateTimeOffset? updatedAt, string? fingerprint) =>
        id is not null && updatedAt == _at && _fingerprints.TryGetValue(id, out var kept) && (kept is null || kept == fingerprint)
            ? new StoredItem(id, kept)
            : null;
}
