namespace Hub.Identity.Matching;

/// <summary>
/// Jaro-Winkler similarity and a bounded edit distance for the comparison loop. F23.StringSimilarity computes the same
/// figures (the tests hold these to it) but allocates on every call, and a million-record resolution makes tens of
/// millions of calls; these work on the stack.
/// </summary>
internal static class StringDistance
{
    private const int MaxStackLength = 256;

    /// <summary>Jaro-Winkler similarity in [0, 1], with the usual prefix scale 0.1 over at most 4 characters, boosting above 0.7.</summary>
    public static double JaroWinkler(string a, string b)
    {
        if (ReferenceEquals(a, b) || a == b) return 1;
        if (a.Length == 0 || b.Length == 0) return 0;
        if (a.Length > b.Length) (a, b) = (b, a);
        if (b.Length > MaxStackLength) return a == b ? 1 : 0;

        var window = Math.Max(b.Length / 2 - 1, 0);
        Span<bool> matchedA = stackalloc bool[a.Length];
        Span<bool> matchedB = stackalloc bool[b.Length];
        matchedA.Clear();
        matchedB.Clear();
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var from = Math.Max(0, i - window);
            var to = Math.Min(b.Length - 1, i + window);
            for (var j = from; j <= to; j++)
            {
                if (matchedB[j] || a[i] != b[j]) continue;
                matchedA[i] = matchedB[j] = true;
                matches++;
                break;
            }
        }

        if (matches == 0) return 0;
        var transpositions = 0;
        for (int i = 0, j = 0; i < a.Length; i++)
        {
            if (!matchedA[i]) continue;
            while (!matchedB[j]) j++;
            if (a[i] != b[j]) transpositions++;
            j++;
        }

        double m = matches;
        var jaro = (m / a.Length + m / b.Length + (m - transpositions / 2) / m) / 3;
        if (jaro <= 0.7) return jaro;
        var prefix = 0;
        while (prefix < 4 && prefix < a.Length && a[prefix] == b[prefix]) prefix++;
        return jaro + prefix * 0.1 * (1 - jaro);
    }

    /// <summary>The Levenshtein distance when it is at most <paramref name="limit"/>, else <paramref name="limit"/> + 1.</summary>
    public static int BoundedLevenshtein(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit) return limit + 1;
        if (a == b) return 0;
        if (b.Length > MaxStackLength) return limit + 1;

        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var best = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                best = Math.Min(best, current[j]);
            }

            if (best > limit) return limit + 1;
            var swap = previous;
            previous = current;
            current = swap;
        }

        return Math.Min(previous[b.Length], limit + 1);
    }
}
