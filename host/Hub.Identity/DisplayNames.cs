namespace Hub.Identity;

/// <summary>The name to show for a customer.</summary>
internal static class DisplayNames
{
    /// <summary>
    /// The full name; else given and family name (family first and unspaced when either is written in CJK
    /// characters, as in 张伟); else the company; else the e-mail.
    /// </summary>
    public static string? Compose(string? fullName, string? givenName, string? familyName, string? company, string? email)
    {
        if (fullName is not null) return fullName;
        if (givenName is not null && familyName is not null)
        {
            return IsCjk(givenName) || IsCjk(familyName) ? familyName + givenName : givenName + " " + familyName;
        }

        return givenName ?? familyName ?? company ?? email;
    }

    private static bool IsCjk(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            var v = rune.Value;
            if (v is (>= 0x4E00 and <= 0x9FFF) or (>= 0x3400 and <= 0x4DBF) or (>= 0xF900 and <= 0xFAFF) or (>= 0x20000 and <= 0x3134F)
                or (>= 0x3040 and <= 0x30FF) or (>= 0xAC00 and <= 0xD7AF))
            {
                return true;
            }
        }

        return false;
    }
}
