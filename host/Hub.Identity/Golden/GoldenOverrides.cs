using Hub.Core.Model;

namespace Hub.Identity.Golden;

/// <summary>
/// Finds which customer each operator override now belongs to, and which overrides still stand. Customers are renumbered
/// when clusters merge or split, so an override follows the records it was made on: it applies to the customer that now
/// holds the first of its records still present, else to the customer with its number. Replaying the log oldest first
/// leaves the latest override per customer and field, and drops those a later clear withdrew.
/// </summary>
internal static class GoldenOverrides
{
    private static readonly Dictionary<int, Dictionary<string, IdentityDecision>> None = [];

    /// <returns>Per cluster index, the standing override decision per <see cref="GoldenFields"/> field.</returns>
    public static Dictionary<int, Dictionary<string, IdentityDecision>> Standing(
        IReadOnlyList<IdentityDecision> decisions, IReadOnlyList<StoredCustomerRecord> records, IReadOnlyList<int[]> clusters, long[] numbers)
    {
        if (!decisions.Any(d => d.Kind == DecisionKind.Override)) return None;

        var clusterOfRecord = new Dictionary<(string Source, string SourceId), int>(records.Count);
        var clusterOfNumber = new Dictionary<long, int>(clusters.Count);
        for (var c = 0; c < clusters.Count; c++)
        {
            clusterOfNumber[numbers[c]] = c;
            foreach (var i in clusters[c]) clusterOfRecord[(records[i].Source, records[i].SourceId)] = c;
        }

        var standing = new Dictionary<int, Dictionary<string, IdentityDecision>>();
        foreach (var decision in decisions.OrderBy(d => d.Id))
        {
            if (decision.Kind is not (DecisionKind.Override or DecisionKind.ClearOverride) || !GoldenFields.IsKnown(decision.Field)) continue;
            // An erasure empties the values of the erased person's overrides: such an override no longer says anything.
            if (decision is { Kind: DecisionKind.Override, Value: null }) continue;
            if (Target(decision, clusterOfRecord, clusterOfNumber) is not { } cluster) continue;
            if (decision.Kind == DecisionKind.Override)
            {
                if (!standing.TryGetValue(cluster, out var fields)) standing[cluster] = fields = new Dictionary<string, IdentityDecision>(StringComparer.Ordinal);
                fields[decision.Field!] = decision;
            }
            else if (standing.TryGetValue(cluster, out var fields))
            {
                fields.Remove(decision.Field!);
            }
        }

        return standing;
    }

    private static int? Target(
        IdentityDecision decision, Dictionary<(string, string), int> clusterOfRecord, Dictionary<long, int> clusterOfNumber)
    {
        foreach (var record in decision.Records)
        {
            if (clusterOfRecord.TryGetValue((record.Source, record.SourceId), out var cluster)) return cluster;
        }

        // Every record it was made on is gone (deleted at the source): the customer number is the last clue.
        return decision.CustomerNumber is { } number && clusterOfNumber.TryGetValue(number, out var numbered) ? numbered : null;
    }
}
