namespace Hub.Identity.Matching;

/// <summary>
/// The comparison levels of each field, from strongest agreement to disagreement. Level 0 is always "a value is missing":
/// it carries no evidence either way. Level 1 is exact agreement; the last level is disagreement.
/// </summary>
public static class ComparisonLevels
{
    /// <summary>Jaro-Winkler similarity of names at or above which they count as a slight misspelling.</summary>
    public const double NameClose = 0.92;

    /// <summary>Jaro-Winkler similarity of names at or above which they count as a likely variant.</summary>
    public const double NameSimilar = 0.80;

    /// <summary>Jaro-Winkler similarity of streets and cities at or above which they count as the same place misspelt.</summary>
    public const double PlaceClose = 0.90;

    private static readonly string[][] Names =
    [
        ["missing", "exact", "close (JW ≥ 0.92 or same sound)", "similar (JW ≥ 0.80)", "different"],
        ["missing", "exact", "close (JW ≥ 0.92 or same sound)", "similar (JW ≥ 0.80)", "different"],
        ["missing", "exact", "one typo or day/month swapped", "two typos", "different"],
        ["missing", "exact", "same mailbox name, other domain", "different"],
        ["missing", "exact", "different"],
        ["missing", "exact", "close (JW ≥ 0.90)", "different"],
        ["missing", "exact", "close (JW ≥ 0.90)", "different"],
        ["missing", "exact", "one typo", "different"],
        ["missing", "exact", "one or two typos", "different"],
    ];

    /// <summary>How many levels <paramref name="field"/> has, "missing" included.</summary>
    public static int Count(MatchField field) => Names[(int)field].Length;

    /// <summary>The level's name as explanations print it.</summary>
    public static string Name(MatchField field, int level) => Names[(int)field][level];

    /// <summary>Every field, in packing order.</summary>
    public static IReadOnlyList<MatchField> Fields => All;

    /// <summary>Every field, as an array: the hot loops index it rather than allocate an enumerator per pair.</summary>
    internal static readonly MatchField[] All = Enum.GetValues<MatchField>();

    /// <summary>The last level of a field: outright disagreement.</summary>
    public static int Different(MatchField field) => Names[(int)field].Length - 1;
}
