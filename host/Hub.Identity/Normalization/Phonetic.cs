using System.Buffers;
using System.Text;

namespace Hub.Identity.Normalization;

/// <summary>Sound-alike keys, so that names spelled differently but said alike (Robert, Rupert) meet in blocking.</summary>
public static class Phonetic
{
    // American Soundex digit of each letter a–z: 0 for vowels and y (they separate equal digits), '-' for h and w
    // (they do not separate: "Ashcraft" is A261, not A226).
    private const string Codes = "0123012-02245501262301-202";

    /// <summary>
    /// The American Soundex code (a letter and three digits: robert → R163, ashcraft → A261, pfister → P236) of the
    /// first word of folded text when it is Latin. When that word is Chinese, the code of its surname's pinyin
    /// instead (王伟 → "wang" → W520), so a Chinese record meets the same person's romanised records ("Wang", and the
    /// Cantonese "Wong" too). Null when blank or when the first word is in another script.
    /// </summary>
    public static string? Soundex(string? folded)
    {
        if (string.IsNullOrWhiteSpace(folded)) return null;
        var text = folded.AsSpan().TrimStart();
        var space = text.IndexOf(' ');
        var word = space < 0 ? text : text[..space];

        if (Rune.DecodeFromUtf16(word, out var rune, out _) == OperationStatus.Done && HanScript.IsHan(rune.Value))
        {
            var surname = word[..ChineseNames.SurnameLength(word)].ToString();
            return ChineseNames.Romanize(surname, isSurname: true) is { } pinyin ? Code(pinyin) : null;
        }

        if (Ascii.IsValid(word)) return Code(word);
        // Unfolded Latin (José) still has a code; Cyrillic, Greek and the like have none.
        var refolded = TextFold.Fold(word.ToString());
        return refolded is not null && Ascii.IsValid(refolded) ? Code(refolded) : null;
    }

    /// <summary>The code of the word's ASCII letters; null when it has none.</summary>
    private static string? Code(ReadOnlySpan<char> word)
    {
        Span<char> code = stackalloc char[4];
        var length = 0;
        var previous = '\0';
        foreach (var raw in word)
        {
            if (!char.IsAsciiLetter(raw)) continue;
            var letter = (char)(raw | 0x20);
            var digit = Codes[letter - 'a'];
            if (length == 0)
            {
                code[length++] = (char)(letter - 32);
                previous = digit;
                continue;
            }

            if (digit == '-') continue;
            if (digit != '0' && digit != previous) code[length++] = digit;
            previous = digit;
            if (length == 4) break;
        }

        if (length == 0) return null;
        code[length..].Fill('0');
        return new string(code);
    }
}
