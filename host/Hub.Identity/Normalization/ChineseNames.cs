using System.Collections.Frozen;
using AnyAscii;

namespace Hub.Identity.Normalization;

/// <summary>Where a Chinese full name splits into surname and given name, and how each is spelled in pinyin.</summary>
internal static class ChineseNames
{
    // Two-character surnames; without them 欧阳娜娜 would split as 欧 + 阳娜娜. Simplified and traditional forms.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CompoundSurnames = FrozenSet.Create(StringComparer.Ordinal,
        "欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛", "上官", "东方", "東方", "皇甫", "慕容", "令狐", "司徒", "夏侯",
        "长孙", "長孫", "宇文", "尉迟", "尉遲", "公孙", "公孫", "轩辕", "軒轅", "万俟", "萬俟", "澹台", "澹臺", "南宫", "南宮",
        "西门", "西門", "端木", "百里", "呼延", "拓跋", "申屠", "钟离", "鍾離", "闻人", "聞人", "赫连", "赫連", "濮阳", "濮陽",
        "淳于", "单于", "單于", "太叔", "公冶", "宗政", "司空", "司寇", "东郭", "東郭", "左丘", "梁丘", "鲜于", "鮮于",
        "闾丘", "閭丘", "第五", "谷梁", "穀梁", "巫马", "巫馬", "漆雕", "乐正", "樂正", "公羊", "公西", "亓官", "仲孙", "仲孫",
        "叔孙", "叔孫", "颛孙", "顓孫", "子车", "子車", "段干", "羊舌", "微生", "壤驷", "壤駟")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    // Characters read differently as a surname than in everyday words, where AnyAscii's reading comes from
    // (单 is "dan" in a word but "Shan" as a surname). Only surnames whose reading differs are listed.
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> SurnameReadings =
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["单"] = "shan", ["單"] = "shan", ["曾"] = "zeng", ["仇"] = "qiu", ["区"] = "ou", ["區"] = "ou", ["解"] = "xie",
            ["查"] = "zha", ["朴"] = "piao", ["盖"] = "ge", ["蓋"] = "ge", ["乐"] = "yue", ["樂"] = "yue", ["覃"] = "qin",
            ["翟"] = "zhai", ["缪"] = "miao", ["繆"] = "miao", ["种"] = "chong", ["種"] = "chong", ["秘"] = "bi", ["繁"] = "po",
            ["黑"] = "he", ["祭"] = "zhai", ["召"] = "shao", ["隗"] = "kui", ["薄"] = "bo", ["卜"] = "bu", ["都"] = "du",
            ["万俟"] = "moqi", ["萬俟"] = "moqi", ["尉迟"] = "yuchi", ["尉遲"] = "yuchi", ["澹台"] = "tantai", ["澹臺"] = "tantai",
        }.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// How many chars of an unspaced Chinese full name are the surname: two for a compound surname, else the first
    /// character. A name that is only a compound surname (欧阳) is all surname.
    /// </summary>
    public static int SurnameLength(ReadOnlySpan<char> name) =>
        name.Length >= 2 && CompoundSurnames.Contains(name[..2]) ? 2 : HanScript.FirstLength(name);

    // Pinyin of each common Chinese character (U+3400 to U+9FFF), filled on first use. Threads racing to fill a slot
    // write the same string, so no lock is needed; it saves a transliteration per character of every name.
    private const char FirstCached = '\u3400', LastCached = '\u9FFF';
    private static readonly string?[] Syllables = new string?[LastCached - FirstCached + 1];

    /// <summary>
    /// Lower-case ASCII pinyin without spaces or tones (王伟 → wangwei), using surname readings when
    /// <paramref name="isSurname"/>; text already in ASCII comes back as its letters and digits.
    /// </summary>
    public static string? Romanize(string? text, bool isSurname)
    {
        if (text is null) return null;
        if (isSurname && SurnameReadings.TryGetValue(text, out var reading)) return reading;
        var buffer = text.Length <= 32 ? stackalloc char[32 * 6] : new char[text.Length * 6];
        var length = 0;
        foreach (var c in text)
        {
            // Other text (rare ideographs, Latin) is spelled whole below, since AnyAscii reads surrogate pairs together.
            if (c is < FirstCached or > LastCached) return Spell(text);
            var syllable = Syllables[c - FirstCached] ??= Spell(c.ToString()) ?? "";
            // A few rare characters spell as whole words (瓩 is "qianwa"); the buffer allows six letters a character.
            if (length + syllable.Length > buffer.Length) return Spell(text);
            syllable.CopyTo(buffer[length..]);
            length += syllable.Length;
        }

        return length == 0 ? null : new string(buffer[..length]);
    }

    /// <summary>AnyAscii's spelling, lower-case, letters and digits only; null when nothing is left.</summary>
    private static string? Spell(string text)
    {
        var spelled = text.Transliterate();
        var buffer = spelled.Length <= 128 ? stackalloc char[128] : new char[spelled.Length];
        var length = 0;
        foreach (var c in spelled)
        {
            if (char.IsAsciiLetterOrDigit(c)) buffer[length++] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
        }

        if (length == 0) return null;
        var romanized = buffer[..length];
        return romanized.SequenceEqual(text) ? text : new string(romanized);
    }
}
