namespace Hub.Plugins.GitHub;

/// <summary>
/// An item stored at a cursor's second: its id (for a star, the stargazer's user id) and the
/// <see cref="RecordFingerprint"/> of its record, or no fingerprint for stars, which cannot change, and for ids kept by a
/// checkpoint written before fingerprints were.
/// </summary>
internal readonly record struct StoredItem(long Id, string? Fingerprint);
