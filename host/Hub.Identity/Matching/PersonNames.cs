namespace Hub.Identity.Matching;

/// <summary>Whether two romanised given names could belong to one person: the same, an initial of the other, or a likely variant.</summary>
internal static class PersonNames
{
    public static bool CouldBeSame(string a, string b) =>
        a == b
        || (a.Length == 1 && b.StartsWith(a, StringComparison.Ordinal))
        || (b.Length == 1 && a.StartsWith(b, StringComparison.Ordinal))
        || StringDistance.JaroWinkler(a, b) >= ComparisonLevels.NameSimilar;
}
