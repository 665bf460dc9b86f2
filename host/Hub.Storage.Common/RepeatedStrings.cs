namespace Hub.Storage.Common;

/// <summary>
/// Hands back one instance of each text that repeats across a whole read, so the million records of a mining snapshot
/// do not each keep a copy alive: the few values of sources, currencies, channels and event names, and a record's source
/// id shared by its consecutive orders. The copies a reader has just made die young, which costs the collector little;
/// copies that stay reachable for the whole run are what make its collections slow.
/// </summary>
internal sealed class RepeatedStrings
{
    // Beyond this many distinct values a column is not one of the few-valued ones; its texts are kept as they come.
    private const int Capacity = 4_096;

    private readonly Dictionary<string, string> _kept = new(StringComparer.Ordinal);
    private string? _last;

    /// <summary>The kept instance equal to <paramref name="text"/>, or <paramref name="text"/> itself, then kept.</summary>
    public string Few(string text)
    {
        if (_kept.TryGetValue(text, out var kept)) return kept;
        if (_kept.Count < Capacity) _kept[text] = text;
        return text;
    }

    /// <summary><see cref="Few"/> for a column that may be NULL.</summary>
    public string? FewOrNull(string? text) => text is null ? null : Few(text);

    /// <summary>The previous text given here if it is equal, for values that come in runs (a record's id on its orders).</summary>
    public string SameAsLast(string text) => string.Equals(text, _last, StringComparison.Ordinal) ? _last! : _last = text;
}
