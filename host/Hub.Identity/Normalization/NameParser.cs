namespace Hub.Identity.Normalization;

/// <summary>
/// Splits the names records carry into given and family name the way each culture writes them, without titles
/// (Mr, Dr, 先生) or generational suffixes (Jr, III).
/// </summary>
/// <remarks>
/// Latin-script names are read in written order: "Given [Middle...] Family", so "Wang Wei" is given "wang", family
/// "wei" (the matcher compares names swapped as well). A single word is taken as the family name, since a lone word in
/// a name field is more often a surname ("Smith", "王") than a given name. "Family, Given" with a comma is swapped.
/// Unspaced Chinese names are family first: one character, or two for a compound surname (欧阳娜娜 → 欧阳 + 娜娜).
/// Japanese names written in kanji follow the Chinese rule, which splits them at the wrong place.
/// </remarks>
public static class NameParser
{
    // More words than this is not a person's name; the rest share the last slot.
    private const int MaxWords = 16;

    /// <summary>
    /// The given and family name: from <paramref name="givenName"/> and <paramref name="familyName"/> when present
    /// (folded, titles and suffixes removed), each missing part taken from <paramref name="fullName"/>.
    /// </summary>
    public static PersonName Parse(string? fullName, string? givenName, string? familyName)
    {
        var given = Part(givenName);
        var family = Part(familyName);
        if (given is null || family is null)
        {
            var (fullGiven, fullFamily) = Full(fullName);
            // When the known part is the full name's other word, the name was written the other way round:
            // beside given name "Wei", "Wang Wei" means family name "wang".
            if (given is null && family is null) (given, family) = (fullGiven, fullFamily);
            else if (given is not null) family = fullFamily == given ? fullGiven : fullFamily;
            else given = fullGiven == family ? fullFamily : fullGiven;
        }

        return new PersonName(given, family, IsHan(given) || IsHan(family));
    }

    /// <summary>
    /// A Chinese name in lower-case pinyin without spaces or tones (王伟 → family "wang", given "wei"; 欧阳娜娜 →
    /// "ouyang", "nana"), surnames read as surnames (单 → "shan"), so it compares with the same person's Latin-script
    /// records. The result is Latin, so its <see cref="PersonName.IsCjk"/> is false. Other names come back unchanged.
    /// </summary>
    public static PersonName Romanized(PersonName name) =>
        name.IsCjk
            ? new PersonName(ChineseNames.Romanize(name.Given, isSurname: false), ChineseNames.Romanize(name.Family, isSurname: true), false)
            : name;

    /// <summary>A given- or family-name field: folded, without titles and suffixes; null when nothing is left.</summary>
    private static string? Part(string? text)
    {
        var folded = TextFold.Fold(text);
        if (folded is null) return null;
        Span<Range> words = stackalloc Range[MaxWords];
        var first = 0;
        var last = folded.AsSpan().Split(words, ' ') - 1;
        TrimWords(folded, words, ref first, ref last);
        if (first > last) return null;
        var start = words[first].Start.Value;
        var end = words[last].End.Value;
        if (HanScript.ContainsHan(folded.AsSpan(start, end - start)))
        {
            end = start + NameWords.WithoutChineseTitle(folded.AsSpan(start, end - start)).Length;
        }

        return Slice(folded, start, end);
    }

    private static (string? Given, string? Family) Full(string? fullName)
    {
        if (string.IsNullOrWhiteSpace(fullName)) return default;
        // Looked for before folding, which turns commas (and the full-width ，) into spaces.
        var comma = fullName.AsSpan().IndexOfAny(',', '，');
        if (comma < 0) return Written(TextFold.Fold(fullName));

        var family = Part(fullName[..comma]);
        var given = Part(fullName[(comma + 1)..]);
        if (family is not null && given is not null) return (FirstWord(given), family);
        // The comma only set off a suffix ("John Smith, Jr.") or one side is empty: what is left is a plain name.
        return Written(TextFold.Fold(family is null ? fullName[(comma + 1)..] : fullName[..comma]));
    }

    /// <summary>A folded full name without a comma, read in the order its script writes names.</summary>
    private static (string? Given, string? Family) Written(string? folded)
    {
        if (folded is null) return default;
        Span<Range> words = stackalloc Range[MaxWords];
        var first = 0;
        var last = folded.AsSpan().Split(words, ' ') - 1;
        TrimWords(folded, words, ref first, ref last);
        if (first > last) return default;

        var allHan = true;
        for (var i = first; i <= last && allHan; i++) allHan = HanScript.IsAllHan(folded.AsSpan()[words[i]]);
        if (allHan) return Chinese(folded, words, first, last);

        if (first == last) return (null, Slice(folded, words[first]));
        var familyStart = last;
        while (familyStart - 1 > first && NameWords.IsParticle(folded.AsSpan()[words[familyStart - 1]])) familyStart--;
        return (Slice(folded, words[first]), Slice(folded, words[familyStart].Start.Value, words[last].End.Value));
    }

    /// <summary>Family first: the first word when spaced (王 伟), else the surname characters of the one word.</summary>
    private static (string? Given, string? Family) Chinese(string folded, ReadOnlySpan<Range> words, int first, int last)
    {
        var lastWord = NameWords.WithoutChineseTitle(folded.AsSpan()[words[last]]);
        if (first == last)
        {
            var surname = ChineseNames.SurnameLength(lastWord);
            var start = words[first].Start.Value;
            return (surname < lastWord.Length ? Slice(folded, start + surname, start + lastWord.Length) : null,
                Slice(folded, start, start + surname));
        }

        // The given name's words are joined: 王 小 明 is given name 小明, and Chinese names are compared unspaced.
        var given = new System.Text.StringBuilder();
        for (var i = first + 1; i < last; i++) given.Append(folded.AsSpan()[words[i]]);
        given.Append(lastWord);
        return (given.ToString(), Slice(folded, words[first]));
    }

    /// <summary>Drops titles before the name and suffixes after it; a title alone ("Dr") leaves no name.</summary>
    private static void TrimWords(string folded, ReadOnlySpan<Range> words, ref int first, ref int last)
    {
        while (first <= last && NameWords.IsTitle(folded.AsSpan()[words[first]])) first++;
        while (last >= first && NameWords.IsSuffix(folded.AsSpan()[words[last]])) last--;
        // A Chinese title written apart from the name: 王 先生.
        if (last > first && NameWords.IsChineseTitle(folded.AsSpan()[words[last]])) last--;
    }

    private static string FirstWord(string folded)
    {
        var space = folded.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? folded : folded[..space];
    }

    private static string Slice(string folded, Range word) => Slice(folded, word.Start.Value, word.End.Value);

    private static string Slice(string folded, int start, int end) =>
        start == 0 && end == folded.Length ? folded : folded[start..end];

    private static bool IsHan(string? part) => part is not null && HanScript.ContainsHan(part);
}
