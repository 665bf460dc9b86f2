using System.Text.Json.Serialization;

namespace Hub.Plugins.GitHub;

/// <summary>
/// Where one stream of one repository resumes. In JSON, e.g. for issues
/// <c>{"since":"2024-03-01T09:05:00+00:00","page":1,"fingerprints":{"5000006":"3b9d0c7e12a4f865"}}</c>, for stars
/// <c>{"since":...,"page":3,"ids":[1001,1004]}</c>.
/// </summary>
/// <param name="Since">
/// Issues and comments: the newest <c>updated_at</c> stored, asked for again (inclusively) so that items sharing that
/// second are not lost. Stars: the newest <c>starred_at</c> stored.
/// </param>
/// <param name="Page">The page to ask for: past 1 only while more than a page of items share <paramref name="Since"/>; for stars, the page that holds it.</param>
/// <remarks>
/// The items already stored at <paramref name="Since"/> are kept so that reading on passes over them and takes the other
/// items of that second. Issues and comments are kept with a fingerprint of what was stored (<see cref="Fingerprints"/>),
/// and passed over only while it still matches: GitHub's times have whole seconds, so an issue edited again within the
/// second after it was read keeps its <c>updated_at</c>, and must be read again. A star cannot change, so stars are kept
/// by id alone (<see cref="Ids"/>). Checkpoints written before the items were kept have neither and read that second
/// again whole; those written before fingerprints were kept have <see cref="Ids"/> for issues and comments too, which are
/// passed over on the id alone, and carried on as they are while the second stays the same.
/// </remarks>
internal sealed record StreamCursor(DateTimeOffset? Since, int Page = 1)
{
    /// <summary>
    /// The most items kept. A bulk edit can give thousands of issues one second; beyond this many the cursor keeps the
    /// first ones only, and the rest of that second is read again by the next read (storage is idempotent, so that costs
    /// time, not data).
    /// </summary>
    public const int MaxIds = 1000;

    private static readonly IReadOnlyDictionary<long, string> EmptyFingerprints = new Dictionary<long, string>();

    public static StreamCursor Start { get; } = new((DateTimeOffset?)null);

    /// <summary>
    /// Items stored at <see cref="Since"/> kept by id alone: issue or comment ids from checkpoints of the earlier format,
    /// for stars the stargazers' user ids. Null when there are none.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<long>? Ids { get; init; }

    /// <summary>Issues or comments stored at <see cref="Since"/>: id to <see cref="RecordFingerprint"/>. Null when there are none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<long, string>? Fingerprints { get; init; }

    /// <summary>
    /// Whether the item <paramref name="id"/>, of time <paramref name="at"/>, is one this cursor has already stored as it
    /// is now: kept with <paramref name="fingerprint"/>, or kept by id alone.
    /// </summary>
    public bool HasStored(long id, DateTimeOffset at, string? fingerprint = null) =>
        at == Since
        && (Fingerprints is { } fingerprints && fingerprints.TryGetValue(id, out var kept)
            ? kept == fingerprint
            : Ids is { } ids && ids.Contains(id));

    /// <summary>The items kept, those by id alone first.</summary>
    public IEnumerable<StoredItem> StoredItems() =>
        (Ids ?? []).Select(id => new StoredItem(id, null))
            .Concat((Fingerprints ?? EmptyFingerprints).Select(p => new StoredItem(p.Key, p.Value)));

    /// <summary>This cursor, with <paramref name="ids"/> kept by id alone as the items of its second already stored.</summary>
    public StreamCursor Storing(IEnumerable<long> ids) => Storing(ids.Select(id => new StoredItem(id, null)));

    /// <summary>
    /// This cursor, with <paramref name="items"/> as the items of its second already stored: one entry per id, a later
    /// entry replacing an earlier one (the content read last is what was stored), at most <see cref="MaxIds"/>.
    /// </summary>
    public StreamCursor Storing(IEnumerable<StoredItem> items)
    {
        var kept = new OrderedDictionary<long, string?>();
        if (Since is not null)
        {
            foreach (var (id, fingerprint) in items)
            {
                if (kept.ContainsKey(id) || kept.Count < MaxIds) kept[id] = fingerprint;
            }
        }

        List<long> ids = [.. kept.Where(p => p.Value is null).Select(p => p.Key)];
        var fingerprints = kept.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value!);
        return this with { Ids = ids.Count == 0 ? null : ids, Fingerprints = fingerprints.Count == 0 ? null : fingerprints };
    }
}
