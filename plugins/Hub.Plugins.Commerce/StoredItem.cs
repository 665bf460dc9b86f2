namespace Hub.Plugins.Commerce;

/// <summary>
/// An item stored at a checkpoint's instant: its id and the <see cref="ShopFingerprint"/> of its content as read, or no
/// fingerprint when a checkpoint written before fingerprints were kept named the id alone.
/// </summary>
internal readonly record struct StoredItem(string Id, string? Fingerprint)
{
    /// <summary>
    /// At most <paramref name="max"/> items, one per id, in the order first met. A later entry for an id replaces the
    /// earlier one (the content read last is the content stored); ids beyond <paramref name="max"/> are dropped.
    /// </summary>
    public static List<StoredItem> Keep(IEnumerable<StoredItem> items, int max)
    {
        var kept = new OrderedDictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (id, fingerprint) in items)
        {
            if (kept.ContainsKey(id) || kept.Count < max) kept[id] = fingerprint;
        }

        return [.. kept.Select(p => new StoredItem(p.Key, p.Value))];
    }
}
