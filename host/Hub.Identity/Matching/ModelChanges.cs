namespace Hub.Identity.Matching;

/// <summary>Says how a retrained model moved from the one before: the field levels whose weights changed most.</summary>
internal static class ModelChanges
{
    public static IEnumerable<string> Describe(MatchModel before, MatchModel after)
    {
        yield return $"P(two random records match): {before.RandomMatchProbability:G3} -> {after.RandomMatchProbability:G3}";
        var moves = ComparisonLevels.Fields
            .SelectMany(f => Enumerable.Range(1, ComparisonLevels.Count(f) - 1).Select(level => (Field: f, Level: level,
                Before: before.Weight(f, level), After: after.Weight(f, level))))
            .OrderByDescending(m => Math.Abs(m.After - m.Before))
            .Take(5)
            .ToList();
        foreach (var m in moves)
            yield return $"  {m.Field} {ComparisonLevels.Name(m.Field, m.Level)}: {m.Before:+0.0;-0.0} -> {m.After:+0.0;-0.0} bits";
    }
}
