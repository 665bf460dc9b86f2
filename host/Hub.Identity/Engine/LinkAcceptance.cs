using Hub.Identity.Matching;

namespace Hub.Identity.Engine;

/// <summary>
/// Which compared pairs become links, and in what order the clustering considers them. One place for both, so that a
/// full resolution and a resolution of changes decide every pair alike.
/// </summary>
internal sealed class LinkAcceptance
{
    /// <summary>A link resting on the model's weighing of names (and a place) alone, with no identifier, birth date or street agreeing.</summary>
    public const string NameOnlyRule = "model:name";

    private readonly double _threshold;
    private readonly bool _byEmail;
    private readonly bool _byPhone;
    private readonly bool _byExternalId;
    private readonly PreparedRecords _records;
    private readonly PairScorer _scorer;

    public LinkAcceptance(IdentityOptions options, PreparedRecords records, PairScorer scorer)
    {
        var p = options.MatchThreshold;
        _threshold = Math.Log2(p / (1 - p));
        _byEmail = options.DeterministicFields.Contains("email");
        _byPhone = options.DeterministicFields.Contains("phone");
        _byExternalId = options.DeterministicFields.Contains("external_id");
        _records = records;
        _scorer = scorer;
    }

    /// <summary>The link between a and b (a the record stored first) if the comparison accepts one.</summary>
    public ScoredLink? Accept(int a, int b, ComparisonVector v)
    {
        var rule = _byExternalId && v.Level(MatchField.ExternalId) == 1 ? "rule:external_id"
            : _byEmail && v.Level(MatchField.Email) == 1 ? "rule:email"
            : _byPhone && v.Level(MatchField.Phone) == 1 ? "rule:phone"
            : null;
        var weight = _scorer.Score(a, b, v);
        if (rule is not null) return new ScoredLink(a, b, weight, v, rule);
        // The model never makes a company and a person one customer, whatever address or mailbox they share; only an
        // identifier rule can (a sole trader's shop account and their own).
        if (weight >= _threshold && _records.IsOrganization[a] == _records.IsOrganization[b])
            return new ScoredLink(a, b, weight, v, NameOnly(v) ? NameOnlyRule : "model");
        return null;
    }

    /// <summary>
    /// Rules first, then the model's links, then those resting on a name alone; within each the strongest evidence first,
    /// ties by the records' row ids, so every run joins in the same order.
    /// </summary>
    public static Comparison<ScoredLink> Order(Func<int, long> rowOf) => (x, y) =>
    {
        var byRule = Stage(x.Rule).CompareTo(Stage(y.Rule));
        if (byRule != 0) return byRule;
        var byWeight = y.Weight.CompareTo(x.Weight);
        if (byWeight != 0) return byWeight;
        var byA = rowOf(x.A).CompareTo(rowOf(y.A));
        return byA != 0 ? byA : rowOf(x.B).CompareTo(rowOf(y.B));
    };

    /// <summary>What personal evidence (not the household's) the link carries, for the clustering's guardrails.</summary>
    public static PersonalEvidence Evidence(ComparisonVector vector) =>
        vector.Level(MatchField.Email) == 1 || vector.Level(MatchField.ExternalId) is 1 or 2 ? PersonalEvidence.Identifier
        : vector.Level(MatchField.BirthDate) is 1 or 2 ? PersonalEvidence.BirthDate
        : PersonalEvidence.None;

    private static int Stage(string rule) => rule switch { "model" => 1, NameOnlyRule => 2, _ => 0 };

    private static bool NameOnly(ComparisonVector v) =>
        !(v.Level(MatchField.Email) is 1 or 2 || v.Level(MatchField.Phone) == 1 || v.Level(MatchField.ExternalId) is 1 or 2
          || v.Level(MatchField.BirthDate) is 1 or 2 || v.Level(MatchField.Street) is 1 or 2);
}
