using System.Buffers;
using System.Collections.Frozen;

namespace Hub.Identity.Normalization;

/// <summary>The form in which street lines are compared, so that "12 North Main Street" and "12 N. Main St" are equal.</summary>
public static class StreetNormalizer
{
    // Folded words on the left; the right is the abbreviation the postal services use.
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Abbreviations =
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["street"] = "st", ["str"] = "st", ["road"] = "rd", ["avenue"] = "ave", ["av"] = "ave", ["boulevard"] = "blvd",
            ["drive"] = "dr", ["lane"] = "ln", ["court"] = "ct", ["place"] = "pl", ["crescent"] = "cres", ["terrace"] = "tce",
            ["highway"] = "hwy", ["parkway"] = "pkwy", ["square"] = "sq", ["apartment"] = "unit", ["apt"] = "unit",
            ["north"] = "n", ["south"] = "s", ["east"] = "e", ["west"] = "w",
            ["northeast"] = "ne", ["northwest"] = "nw", ["southeast"] = "se", ["southwest"] = "sw",
        }.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Longest growth of one word ("apt" → "unit", "av" → "ave").
    private const int MaxGrowth = 1;

    /// <summary>
    /// The street folded (see <see cref="TextFold"/>) with each word in its usual abbreviation (street → st,
    /// avenue → ave, north → n, apartment → unit), and "No." or "#" before a number removed. Streets with Chinese
    /// characters are folded only. Null when blank.
    /// </summary>
    public static string? Normalize(string? street)
    {
        var folded = TextFold.Fold(street);
        if (folded is null || HanScript.ContainsHan(folded)) return folded;

        // '#' is already a space after folding; "no" before a number is the same number sign written as a word.
        var capacity = folded.Length + (folded.Length / 2 * MaxGrowth) + 1;
        char[]? rented = null;
        var buffer = capacity <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(capacity));
        try
        {
            var length = 0;
            var text = folded.AsSpan();
            while (!text.IsEmpty)
            {
                var space = text.IndexOf(' ');
                var word = space < 0 ? text : text[..space];
                text = space < 0 ? [] : text[(space + 1)..];
                if (word is "no" && !text.IsEmpty && char.IsAsciiDigit(text[0])) continue;
                if (length > 0) buffer[length++] = ' ';
                var written = Abbreviations.TryGetValue(word, out var abbreviation) ? abbreviation.AsSpan() : word;
                written.CopyTo(buffer[length..]);
                length += written.Length;
            }

            var normalized = buffer[..length];
            if (normalized.IsEmpty) return null;
            return normalized.SequenceEqual(folded) ? folded : new string(normalized);
        }
        finally
        {
            if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        }
    }
}
