using System.Globalization;
using System.Text;

namespace Hub.Identity.Normalization;

/// <summary>The form in which postcodes are compared, so that "sw1a 1aa", "SW1A1AA" and "１００-０００１" match their peers.</summary>
public static class PostcodeNormalizer
{
    /// <summary>Upper-case (invariant) without spaces or dashes, full-width forms made ASCII; null when nothing is left.</summary>
    public static string? Normalize(string? postcode)
    {
        if (string.IsNullOrWhiteSpace(postcode)) return null;
        var text = Ascii.IsValid(postcode) ? postcode : postcode.Normalize(NormalizationForm.FormKC);
        var buffer = text.Length <= 64 ? stackalloc char[64] : new char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            if (c == '-' || char.IsWhiteSpace(c)) continue;
            // Non-ASCII dashes (‐ – —) are what word processors put between the halves of Japanese and Brazilian codes.
            if (c > '\u007F' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DashPunctuation) continue;
            buffer[length++] = char.ToUpperInvariant(c);
        }

        if (length == 0) return null;
        var normalized = buffer[..length];
        return normalized.SequenceEqual(postcode) ? postcode : new string(normalized);
    }
}
