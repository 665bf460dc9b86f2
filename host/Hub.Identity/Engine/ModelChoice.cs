using Hub.Core.Storage;
using Hub.Identity.Matching;

namespace Hub.Identity.Engine;

/// <summary>Whether a resolution scores with the stored model or estimates a new one, and the estimating.</summary>
internal static class ModelChoice
{
    /// <summary>A model trained on fewer records than this is re-estimated automatically once the records grow by a quarter.</summary>
    public const int ProvisionalModelRecords = 10_000;

    /// <summary>Whether a provisional model has been outgrown by this many records and is to be estimated again.</summary>
    public static bool Outgrown(MatchModel model, int records) =>
        model.Records < ProvisionalModelRecords && records >= model.Records * 1.25;

    public static (MatchModel Model, bool Trained) Choose(
        ResolutionRequest request, PreparedRecords prepared, PairComparer comparer, ComparisonVector[] vectors, TimeProvider time, List<string> report)
    {
        var stored = request.Model is { } snapshot ? ModelJson.FromSnapshot(snapshot) : null;
        var provisional = stored is not null && Outgrown(stored, prepared.Count);
        if (stored is not null && !request.Retrain && !provisional)
        {
            report.Add($"scored with model v{stored.Version} trained {stored.TrainedAt:u} on {stored.Records:N0} records (retrain with 'hub resolve --full --retrain')");
            if (prepared.Count >= stored.Records * 2L)
                report.Add($"the records have more than doubled since model v{stored.Version} was trained; 'hub resolve --full --retrain' would fit them better");
            return (stored, false);
        }

        if (provisional)
        {
            // A model estimated from the first connector's few records (the call center's, say) knows nothing of the fields
            // the next ones bring; until it has seen enough records it is re-estimated as they grow, and then kept.
            report.Add($"model v{stored!.Version} was trained on only {stored.Records:N0} records; re-estimating it on {prepared.Count:N0}");
        }

        var patterns = new Dictionary<ulong, long>();
        foreach (var vector in vectors)
        {
            ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(patterns, vector.Levels, out _);
            count++;
        }

        var version = (request.Model?.Version ?? 0) + 1;
        var model = ModelTrainer.Train(prepared, comparer, patterns, vectors.Length, version, time.GetUtcNow());
        report.Add($"trained model v{version} on {prepared.Count:N0} records and {vectors.Length:N0} candidate pairs; " +
            $"P(two random records match) = {model.RandomMatchProbability:G3}");
        if (stored is not null) report.AddRange(ModelChanges.Describe(stored, model));
        return (model, true);
    }
}
