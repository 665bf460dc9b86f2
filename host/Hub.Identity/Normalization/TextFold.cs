using System.Buffers;
using System.Globalization;
using System.Text;

namespace Hub.Identity.Normalization;

/// <summary>
/// The form in which free text (names, streets, cities) is compared, so that <c>José O'Neil-Smith</c> and
/// <c>JOSE ONEIL SMITH</c>, or <c>Ｊｏｈｎ</c> and <c>john</c>, are the same value.
/// </summary>
public static class TextFold
{
    // Longer text borrows a pooled buffer instead of a stack one; names and streets are almost always shorter.
    private const int StackChars = 256;

    /// <summary>
    /// Unicode NFKC (full-width forms become half-width), lower-cased with invariant rules, Latin letters without
    /// diacritics (é → e, ü → u, ß → ss), apostrophes removed (o'neil → oneil), other punctuation and symbols turned into
    /// spaces, runs of whitespace collapsed and the ends trimmed. Chinese and other scripts keep their letters.
    /// Null when nothing is left.
    /// </summary>
    public static string? Fold(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        // NFKC is the costly step, and most records hold only characters it cannot change.
        var source = IsNfkcStable(text) ? text : text.Normalize(NormalizationForm.FormKC);
        // One input char gives at most MaxLength chars, or 2 (a space and a letter) when it ends a separator run.
        var capacity = source.Length * Math.Max(2, LatinLetters.MaxLength);
        char[]? rented = null;
        var buffer = capacity <= StackChars ? stackalloc char[StackChars] : (rented = ArrayPool<char>.Shared.Rent(capacity));
        try
        {
            var folded = buffer[..Write(source, buffer)];
            if (folded.IsEmpty) return null;
            // Already-folded input is common (keys folded upstream); handing it back saves an allocation per field.
            return folded.SequenceEqual(text) ? text : new string(folded);
        }
        finally
        {
            if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        }
    }

    private static int Write(string source, Span<char> buffer)
    {
        var output = new FoldWriter(buffer);
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (c < '\u0080')
            {
                if (char.IsAsciiLetterOrDigit(c)) output.Latin(char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c);
                else if (c is not ('\'' or '`')) output.Separate();
                continue;
            }

            // Chinese characters have no case and no marks to drop; they are most of the non-ASCII text the hub sees.
            if (c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF'))
            {
                output.Other(new Rune(c));
                continue;
            }

            if (IsApostrophe(c)) continue;
            if (LatinLetters.Fold(c) is { } latin)
            {
                output.Latin(latin);
                continue;
            }

            // Decoding runes keeps surrogate pairs (the rarer Chinese characters) together.
            Rune.DecodeFromUtf16(source.AsSpan(i), out var rune, out var used);
            i += used - 1;
            switch (Rune.GetUnicodeCategory(rune))
            {
                case UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark:
                    output.Mark(rune);
                    break;
                case UnicodeCategory.DecimalDigitNumber:
                    // Arabic-Indic and other digits compare as the ASCII digit they mean.
                    output.Latin((char)('0' + (int)Rune.GetNumericValue(rune)));
                    break;
                case UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter:
                    output.Other(Rune.ToLowerInvariant(rune));
                    break;
                case UnicodeCategory.LowercaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                    or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber:
                    output.Other(rune);
                    break;
                case UnicodeCategory.Format:
                    // Soft hyphens and zero-width joiners sit inside words: a hyphenation point in "Müller" must not split it.
                    break;
                default:
                    output.Separate();
                    break;
            }
        }

        return output.Length;
    }

    /// <summary>
    /// Whether every character is one NFKC leaves alone whatever follows it: ASCII, the accented letters of Latin-1 and
    /// the common Chinese characters. Anything else (combining marks, full-width forms, ligatures) goes through NFKC.
    /// </summary>
    private static bool IsNfkcStable(string text)
    {
        foreach (var c in text)
        {
            if (c < '\u0080' || c is (>= '\u00C0' and <= '\u00FF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF')) continue;
            return false;
        }

        return true;
    }

    // ' is handled with ASCII; these are the typographic and modifier forms that survive NFKC.
    private static bool IsApostrophe(char c) => c is '\u2018' or '\u2019' or '\u02BC' or '\u02BB' or '\u2032';

    /// <summary>Appends folded pieces, putting at most one space between words and none at either end.</summary>
    private ref struct FoldWriter(Span<char> buffer)
    {
        private readonly Span<char> _buffer = buffer;
        private bool _spacePending;
        private bool _afterLatin;

        public int Length { get; private set; }

        public void Separate() => _spacePending = Length > 0;

        public void Latin(char c)
        {
            Space();
            _buffer[Length++] = c;
            _afterLatin = true;
        }

        public void Latin(string letters)
        {
            Space();
            letters.CopyTo(_buffer[Length..]);
            Length += letters.Length;
            _afterLatin = true;
        }

        public void Other(Rune rune)
        {
            Space();
            Length += rune.EncodeToUtf16(_buffer[Length..]);
            _afterLatin = false;
        }

        public void Mark(Rune mark)
        {
            // A mark NFKC could not compose onto a Latin letter is a diacritic to drop; in other scripts
            // (Devanagari vowel signs, Thai tones) it is part of the spelling. A mark starting a word has nothing to belong to.
            if (_afterLatin || _spacePending || Length == 0) return;
            Length += mark.EncodeToUtf16(_buffer[Length..]);
        }

        private void Space()
        {
            if (!_spacePending) return;
            _buffer[Length++] = ' ';
            _spacePending = false;
        }
    }
}
