namespace Hub.Identity.Matching;

/// <summary>
/// A group of candidate pairs the model is trained on: those agreeing exactly on some fields. Within the group those fields
/// say nothing (every pair agrees on them), so they are left out, and the group teaches the model about the others.
/// </summary>
internal sealed class TrainingRule
{
    /// <summary>Fewer pairs than this teach nothing reliable; the rule is skipped.</summary>
    public const int MinPairs = 50;

    private readonly MatchField[] _fields;

    private TrainingRule(params MatchField[] fields) => _fields = fields;

    public static IReadOnlyList<TrainingRule> All { get; } =
    [
        new(MatchField.Email),
        new(MatchField.Phone),
        new(MatchField.ExternalId),
        new(MatchField.GivenName, MatchField.FamilyName),
        new(MatchField.BirthDate),
    ];

    public bool Uses(MatchField field) => Array.IndexOf(_fields, field) >= 0;

    public bool Holds(ComparisonVector vector)
    {
        foreach (var field in _fields)
        {
            if (vector.Level(field) != 1) return false;
        }

        return true;
    }

    /// <summary>The pattern with the rule's own fields set to "missing", so they carry no weight in training.</summary>
    public ulong Mask(ulong levels)
    {
        foreach (var field in _fields) levels &= ~(0xFUL << ((int)field * 4));
        return levels;
    }
}
