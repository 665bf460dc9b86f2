using System.Buffers;

namespace Hub.Plugins.CallCenter;

/// <summary>Reads the caller's name out of a CDR's <c>clid</c> (<c>"John Smith" &lt;5551234&gt;</c>).</summary>
internal static class CallerName
{
    // What carriers and phones put in the name when there is none: keeping them would give every withheld caller one name.
    private static readonly HashSet<string> Placeholders = new(StringComparer.OrdinalIgnoreCase)
    {
        "anonymous", "unknown", "unavailable", "private", "restricted", "withheld", "blocked", "private number", "private caller",
        "unknown caller", "unknown name", "no caller id", "out of area", "out-of-area", "wireless caller", "toll free", "toll free call",
    };

    // A name made only of digits and dialling punctuation is the number again.
    private static readonly SearchValues<char> NotLetters = SearchValues.Create("0123456789+-()*#. ");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceholderLookup =
        Placeholders.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The name, or null when the clid has none worth keeping: only a number, a placeholder, a single letter.</summary>
    public static string? FromClid(string clid)
    {
        var name = clid.AsSpan().Trim();
        if (name.EndsWith('>') && name.LastIndexOf('<') is var open and >= 0) name = name[..open].Trim();
        if (name.Length >= 2 && name[0] == '"' && name[^1] == '"') name = name[1..^1].Trim();
        if (name.Length < 2 || !name.ContainsAnyExcept(NotLetters) || PlaceholderLookup.Contains(name)) return null;
        return name.Length == clid.Length ? clid : name.ToString();
    }
}
