namespace Hub.Identity.Matching;

/// <summary>External ids as compared: trimmed, placeholders (in any case) dropped.</summary>
internal static class Identifiers
{
    // What forms and exports put where an id is unknown; agreeing on one of these says nothing.
    private static readonly HashSet<string> Placeholders = new(StringComparer.Ordinal)
    {
        "0", "-", "n/a", "na", "none", "null", "unknown", "nil", "tbd", "test",
    };

    public static string? Normalize(string? id)
    {
        if (string.IsNullOrWhiteSpace(id)) return null;
        // Case is kept: systems that mint ids (base64, tokens) tell "Ab1" from "aB1".
        var text = id.Trim();
        return Placeholders.Contains(text.ToLowerInvariant()) || IsOneRepeatedCharacter(text) ? null : text;
    }

    private static bool IsOneRepeatedCharacter(string text)
    {
        for (var i = 1; i < text.Length; i++)
        {
            if (text[i] != text[0]) return false;
        }

        return text.Length > 1;
    }
}
