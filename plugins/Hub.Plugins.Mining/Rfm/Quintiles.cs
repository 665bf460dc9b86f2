namespace Hub.Plugins.Mining.Rfm;

/// <summary>
/// Quintile scores 1–5 by rank, higher values scoring higher. Ties share the score of the lowest rank in the tie (the
/// "min" rank method): equal customers always get equal scores, and a value shared by many customers (one order) does
/// not spill into a higher quintile. A customer at rank r (0-based, of n) scores 1 + ⌊5r/n⌋.
/// </summary>
/// <param name="Scores">The score of each value, in the order given.</param>
/// <param name="Boundaries">
/// For k = 1..4, the lowest value that scored above k (values at or above it score more than k), or null when none did.
/// </param>
internal sealed record Quintiles(byte[] Scores, double?[] Boundaries)
{
    public static Quintiles Of(double[] values)
    {
        var n = values.Length;
        var scores = new byte[n];
        var boundaries = new double?[4];
        if (n == 0) return new Quintiles(scores, boundaries);

        // Sort once: a copy of the values as keys, carrying each value's position.
        var sorted = (double[])values.Clone();
        var positions = new int[n];
        for (var i = 0; i < n; i++) positions[i] = i;
        Array.Sort(sorted, positions);

        var groupStart = 0;
        for (var i = 0; i < n; i++)
        {
            if (i > 0 && sorted[i] != sorted[i - 1]) groupStart = i;
            var score = (byte)(1 + (int)(5L * groupStart / n));
            scores[positions[i]] = score;
            for (var k = 1; k < score; k++) boundaries[k - 1] ??= sorted[i];
        }

        return new Quintiles(scores, boundaries);
    }
}
