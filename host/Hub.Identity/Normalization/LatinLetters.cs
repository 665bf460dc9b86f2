using AnyAscii;

namespace Hub.Identity.Normalization;

/// <summary>
/// The plain lower-case ASCII spelling of each accented or special Latin letter (é → e, ß → ss, ø → o, ł → l),
/// looked up by table because folding runs once per field of every record.
/// </summary>
internal static class LatinLetters
{
    // Latin-1 Supplement to IPA Extensions, and Latin Extended Additional (Vietnamese); other blocks are not Latin.
    private const int LowFirst = 0x00C0, LowLast = 0x02AF, HighFirst = 0x1E00, HighLast = 0x1EFF;

    private static readonly string?[] Low = Build(LowFirst, LowLast);
    private static readonly string?[] High = Build(HighFirst, HighLast);

    /// <summary>The most characters one letter folds to, so callers can size their buffers.</summary>
    public static readonly int MaxLength = Math.Max(Longest(Low), Longest(High));

    /// <summary>The folded spelling of <paramref name="c"/>, or null when it is not a non-ASCII Latin letter.</summary>
    public static string? Fold(char c) => c switch
    {
        >= (char)LowFirst and <= (char)LowLast => Low[c - LowFirst],
        >= (char)HighFirst and <= (char)HighLast => High[c - HighFirst],
        _ => null,
    };

    private static string?[] Build(int first, int last)
    {
        var table = new string?[last - first + 1];
        for (var code = first; code <= last; code++)
        {
            var c = (char)code;
            if (!char.IsLetter(c)) continue;
            // AnyAscii knows the conventional spellings (æ → ae, þ → th) that stripping combining marks alone would miss.
            var spelled = c.ToString().Transliterate();
            var kept = new System.Text.StringBuilder(spelled.Length);
            foreach (var s in spelled)
            {
                if (char.IsAsciiLetterOrDigit(s)) kept.Append(char.ToLowerInvariant(s));
            }

            // A letter with no ASCII spelling is kept as written rather than lost.
            table[code - first] = kept.Length > 0 ? kept.ToString() : char.ToLowerInvariant(c).ToString();
        }

        return table;
    }

    private static int Longest(string?[] table)
    {
        var longest = 1;
        foreach (var entry in table)
        {
            if (entry is not null && entry.Length > longest) longest = entry.Length;
        }

        return longest;
    }
}
