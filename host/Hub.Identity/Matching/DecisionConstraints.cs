using Hub.Core.Model;

namespace Hub.Identity.Matching;

/// <summary>
/// The operators' merges and splits, folded from the decision log into must-link and cannot-link pairs of record indexes.
/// A later decision wins over an earlier one about the same records: a split undoes the merge links across it, a merge
/// lifts earlier splits between the records it joins. Records a decision names that no longer exist are skipped.
/// </summary>
internal sealed class DecisionConstraints
{
    private readonly HashSet<(int, int)> _mustLink = [];
    private readonly HashSet<(int, int)> _cannotLink = [];

    public IReadOnlySet<(int A, int B)> MustLink => _mustLink;

    public IReadOnlySet<(int A, int B)> CannotLink => _cannotLink;

    /// <summary>Every pair an operator's decision touches, either way: what to re-cluster when the decisions change.</summary>
    public IEnumerable<(int A, int B)> All => _mustLink.Concat(_cannotLink);

    /// <param name="decisions">The whole log, oldest first.</param>
    /// <param name="indexOf">The index of a record by source and source id, or -1 when there is no such record.</param>
    public static DecisionConstraints From(IReadOnlyList<IdentityDecision> decisions, Func<string, string, int> indexOf)
    {
        var constraints = new DecisionConstraints();
        if (decisions.Count == 0) return constraints;
        List<int> Present(IEnumerable<RecordRef> refs) =>
            refs.Select(r => indexOf(r.Source, r.SourceId)).Where(i => i >= 0).Distinct().ToList();

        foreach (var decision in decisions)
        {
            if (decision.Kind == DecisionKind.Merge) constraints.Merge(Present(decision.Records));
            else if (decision.Kind == DecisionKind.Split) constraints.Split(Present(decision.Records), Present(decision.Apart));
        }

        return constraints;
    }

    private void Merge(List<int> together)
    {
        foreach (var a in together)
        {
            foreach (var b in together) _cannotLink.Remove(Pair(a, b));
        }

        for (var k = 1; k < together.Count; k++) _mustLink.Add(Pair(together[0], together[k]));
    }

    private void Split(List<int> taken, List<int> rest)
    {
        var apart = new HashSet<int>(rest);
        var out_ = new HashSet<int>(taken);
        _mustLink.RemoveWhere(p => (out_.Contains(p.Item1) && apart.Contains(p.Item2)) || (apart.Contains(p.Item1) && out_.Contains(p.Item2)));
        foreach (var a in taken)
        {
            foreach (var b in rest)
            {
                if (a != b) _cannotLink.Add(Pair(a, b));
            }
        }

        // What is taken out stays one customer of its own.
        Merge(taken);
    }

    private static (int, int) Pair(int a, int b) => a < b ? (a, b) : (b, a);
}
