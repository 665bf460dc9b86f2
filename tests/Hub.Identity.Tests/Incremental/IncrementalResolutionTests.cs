using Hub.Core.Model;
using Hub.Core.Storage;

namespace Hub.Identity.Tests.Incremental;

/// <summary>
/// A running hub resolves only what changed since its last resolution. With the same model and decisions it must arrive
/// at exactly the customers, numbers, golden records and link evidence a full resolution over all records arrives at.
/// </summary>
public sealed class IncrementalResolutionTests
{
    [Theory]
    [InlineData(300)]
    // A small block cap, so that blocks grow past it and shrink under it as records come and go.
    [InlineData(12)]
    public void Resolving_changes_arrives_where_a_full_resolution_with_the_same_model_arrives(int maxBlockSize)
    {
        var all = GeneratedRecords.Create(people: 4000, seed: 11);
        var options = new IdentityOptions { MaxBlockSize = maxBlockSize };
        var warm = new ProbabilisticResolver(options);
        var arrived = all.Count * 85 / 100;
        var live = all.Take(arrived).ToDictionary(r => r.RowId);
        var saved = new SavedResolution();
        var first = warm.ResolveAndKeep(new ResolutionRequest([.. live.Values], 0));
        saved.Save(first);
        var decisions = new List<IdentityDecision>();
        var changes = new ChangeMaker(seed: maxBlockSize);

        for (var round = 1; round <= 6; round++)
        {
            var numberedBefore = saved.Numbered(live.Values);
            var maxBefore = saved.MaxNumber;
            var changed = all.Skip(arrived).Take(120).ToList();
            arrived += changed.Count;
            changed.AddRange(changes.Edit(live.Values, round));
            var deleted = changes.Delete(live.Values, changed, count: 25);
            foreach (var record in changed) live[record.RowId] = record;
            foreach (var row in deleted) live.Remove(row);
            decisions.AddRange(changes.Decide(saved, live, round, decisions.Count));

            var outcome = warm.ResolveChanges(new PendingRecords(changed, [.. deleted.Select(row => (row, 1L))], round), decisions);

            Assert.NotNull(outcome);
            Assert.Equal(ResolutionScope.Changes, outcome.Scope);
            Assert.True(outcome.PairsCompared < first.PairsCompared / 5, $"compared {outcome.PairsCompared} pairs of {first.PairsCompared}");
            foreach (var row in deleted) saved.Delete(row);
            saved.Save(outcome);

            var previous = numberedBefore.Where(r => live.ContainsKey(r.RowId)).ToDictionary(r => r.RowId, r => r.CustomerNumber);
            var request = new ResolutionRequest([.. live.Values.Select(r => r with { CustomerNumber = previous.GetValueOrDefault(r.RowId) })], maxBefore)
            {
                Model = first.Model,
                Decisions = decisions,
            };
            var full = new ProbabilisticResolver(options).Resolve(request);
            Assert.False(full.ModelTrained);
            var reference = new SavedResolution();
            reference.Save(full);
            var differences = saved.Differences(reference);
            Assert.True(differences.Count == 0, $"round {round}: {differences.Count} differences, e.g.\n" + string.Join("\n", differences.Take(5)));
        }
    }
}
