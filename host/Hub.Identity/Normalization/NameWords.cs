using System.Collections.Frozen;

namespace Hub.Identity.Normalization;

/// <summary>The words around a name that are not the name: titles before it, generational suffixes after it, and particles within it.</summary>
internal static class NameWords
{
    // Folded forms, so "Mr.", "MR" and "mr" all arrive as "mr".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Titles = Lookup(
        "mr", "mrs", "ms", "miss", "mx", "mister", "dr", "doctor", "prof", "professor", "sir", "madam", "madame", "dame", "rev");

    // "v" is left out: it is as often an initial as a fifth generation.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Suffixes = Lookup(
        "jr", "jnr", "sr", "snr", "ii", "iii", "iv", "esq", "phd");

    // Words that belong to the family name when they come before it: "Ludwig van Beethoven", "Maria de la Cruz".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Particles = Lookup(
        "van", "von", "de", "der", "den", "del", "della", "da", "di", "du", "dos", "das", "la", "le", "ter", "ten", "bin", "ibn", "al");

    // Chinese forms of address written after the surname (王先生 is "Mr Wang"), simplified and traditional.
    private static readonly string[] ChineseTitles =
        ["先生", "女士", "小姐", "太太", "夫人", "博士", "老师", "老師", "经理", "經理", "教授", "医生", "醫生"];

    public static bool IsTitle(ReadOnlySpan<char> word) => Titles.Contains(word);

    public static bool IsSuffix(ReadOnlySpan<char> word) => Suffixes.Contains(word);

    public static bool IsParticle(ReadOnlySpan<char> word) => Particles.Contains(word);

    /// <summary>Whether the word is nothing but a Chinese form of address (a lone 先生).</summary>
    public static bool IsChineseTitle(ReadOnlySpan<char> word)
    {
        foreach (var title in ChineseTitles)
        {
            if (word.SequenceEqual(title)) return true;
        }

        return false;
    }

    /// <summary>The Chinese name without a form of address after it (王先生 → 王); a name that is only a title is kept.</summary>
    public static ReadOnlySpan<char> WithoutChineseTitle(ReadOnlySpan<char> name)
    {
        foreach (var title in ChineseTitles)
        {
            if (name.Length > title.Length && name.EndsWith(title, StringComparison.Ordinal)) return name[..^title.Length];
        }

        return name;
    }

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(params ReadOnlySpan<string> words) =>
        FrozenSet.Create(StringComparer.Ordinal, words).GetAlternateLookup<ReadOnlySpan<char>>();
}
