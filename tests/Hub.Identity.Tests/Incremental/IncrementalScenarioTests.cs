using Hub.Core.Model;
using Hub.Core.Storage;

namespace Hub.Identity.Tests.Incremental;

/// <summary>
/// Changes whose effect reaches records that did not change themselves: a resolution of changes must find them, and end
/// where a full resolution with the same model ends.
/// </summary>
public sealed class IncrementalScenarioTests
{
    private static readonly DateOnly Born = new(1984, 3, 9);

    // Enough unrelated records for a model to be estimated; none resembles the records under test.
    private static List<StoredCustomerRecord> Background() =>
        GeneratedRecords.Create(people: 400, seed: 3).Select(r => r with { RowId = r.RowId + 1000 }).ToList();

    [Fact]
    public void A_namesake_arriving_undoes_a_link_that_rested_on_the_name_alone()
    {
        var first = Some.Record(1, fullName: "Marisol Featherstonehaugh", phone: "(415) 555-0142", city: "Leeds");
        var second = Some.Record(2, fullName: "Marisol Featherstonehaugh", email: "mf@example.com", city: "Leeds");
        var namesake = Some.Record(5000, fullName: "Marisol Featherstonehaugh", email: "marisol.f@example.org", city: "York");

        var (before, after) = Replay([first, second], changed: [namesake], deleted: []);

        Assert.Equal(before.CustomerOfRecord[1], before.CustomerOfRecord[2]);
        Assert.NotEqual(after.CustomerOfRecord[1], after.CustomerOfRecord[2]);
    }

    [Fact]
    public void A_block_growing_past_the_cap_stops_pairing_its_records_and_shrinking_under_it_pairs_them_again()
    {
        // Linked only through the birth-date block: same birthday, names one typo apart, nothing else in common.
        var first = Some.Record(1, fullName: "Theodora Quackenbush", birthDate: Born, city: "Leeds");
        var second = Some.Record(2, fullName: "Theodora Quakenbush", birthDate: Born, city: "Leeds");
        var twin = Some.Record(5000, fullName: "Peregrine Oyelaran", birthDate: Born, city: "York");
        var options = new IdentityOptions { MaxBlockSize = 2 };

        var (before, grown) = Replay([first, second], changed: [twin], deleted: [], options);
        var (_, shrunk) = Replay([first, second, twin], changed: [], deleted: [5000], options);

        Assert.Equal(before.CustomerOfRecord[1], before.CustomerOfRecord[2]);
        Assert.NotEqual(grown.CustomerOfRecord[1], grown.CustomerOfRecord[2]);
        Assert.Equal(shrunk.CustomerOfRecord[1], shrunk.CustomerOfRecord[2]);
    }

    [Fact]
    public void A_phone_becoming_shared_by_several_people_stops_linking_the_records_that_already_had_it()
    {
        var first = Some.Record(1, fullName: "Ada Okonkwo", phone: "(415) 555-0177");
        var second = Some.Record(2, fullName: "A. Okonkwo", phone: "(415) 555-0177", email: "ada@example.com");
        StoredCustomerRecord[] household =
        [
            Some.Record(5000, fullName: "Bartholomew Okonkwo", phone: "(415) 555-0177"),
            Some.Record(5001, fullName: "Chidinma Okonkwo", phone: "(415) 555-0177"),
            Some.Record(5002, fullName: "Ebuka Okonkwo", phone: "(415) 555-0177"),
        ];
        var options = new IdentityOptions { DeterministicRules = "email,external_id,phone" };

        var (before, after) = Replay([first, second], changed: household, deleted: [], options);

        Assert.Equal(before.CustomerOfRecord[1], before.CustomerOfRecord[2]);
        Assert.NotEqual(after.CustomerOfRecord[1], after.CustomerOfRecord[2]);
    }

    /// <summary>
    /// Resolves the records with the background in full keeping the state, then the changes; checks the outcome against a
    /// full resolution over the records as they then stand, with the same model and the numbers they had.
    /// </summary>
    private static (SavedResolution Before, SavedResolution After) Replay(
        StoredCustomerRecord[] initial, StoredCustomerRecord[] changed, long[] deleted, IdentityOptions? options = null)
    {
        options ??= new IdentityOptions();
        var background = Background();
        var live = initial.Concat(background).ToDictionary(r => r.RowId);
        var warm = new ProbabilisticResolver(options);
        var first = warm.ResolveAndKeep(new ResolutionRequest([.. live.Values], 0));
        var saved = new SavedResolution();
        saved.Save(first);
        var before = new SavedResolution();
        before.Save(first);

        var previous = saved.Numbered(live.Values).ToDictionary(r => r.RowId, r => r.CustomerNumber);
        foreach (var record in changed) live[record.RowId] = record;
        foreach (var row in deleted) live.Remove(row);
        var outcome = warm.ResolveChanges(new PendingRecords(changed, [.. deleted.Select(row => (row, 1L))], 1), []);
        Assert.NotNull(outcome);
        foreach (var row in deleted) saved.Delete(row);
        saved.Save(outcome);

        var full = new ProbabilisticResolver(options).Resolve(
            new ResolutionRequest([.. live.Values.Select(r => r with { CustomerNumber = previous.GetValueOrDefault(r.RowId) })], before.MaxNumber) { Model = first.Model });
        var reference = new SavedResolution();
        reference.Save(full);
        var differences = saved.Differences(reference);
        Assert.True(differences.Count == 0, $"{differences.Count} differences from a full resolution, e.g.\n" + string.Join("\n", differences.Take(5)));
        return (before, saved);
    }
}
