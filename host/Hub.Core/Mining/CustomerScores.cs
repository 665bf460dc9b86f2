namespace Hub.Core.Mining;

/// <summary>The scores one run gave one customer, by score name (e.g. <c>rfm.segment</c>).</summary>
public sealed record CustomerScores(long CustomerNumber, IReadOnlyDictionary<string, ScoreValue> Scores)
{
    /// <summary>The number of a score, or null when the customer has none.</summary>
    public double? Value(string name) => Scores.TryGetValue(name, out var score) ? score.Value : null;

    /// <summary>The label of a score, or null when the customer has none.</summary>
    public string? Label(string name) => Scores.TryGetValue(name, out var score) ? score.Label : null;
}
