using Hub.Core.Model;

namespace Hub.Identity.Tests.Incremental;

/// <summary>
/// The changes a hub sees between resolutions, drawn at random but reproducibly: records corrected or moved, identifiers
/// copied between people (a family landline that becomes shared, and later stops being), deletions, operator decisions.
/// </summary>
internal sealed class ChangeMaker(int seed)
{
    private readonly Random _random = new(seed);
    private readonly List<long> _onLandline = [];
    private int _revision;

    public List<StoredCustomerRecord> Edit(IEnumerable<StoredCustomerRecord> live, int round)
    {
        var records = live.OrderBy(r => r.RowId).ToList();
        var picked = Pick(records, 60);
        var edited = new List<StoredCustomerRecord>();
        _revision++;
        for (var k = 0; k < picked.Count; k++)
        {
            var record = picked[k];
            var other = records[_random.Next(records.Count)].Record;
            var data = (k % 6) switch
            {
                0 => record.Record with { FullName = Typo(record.Record.FullName), GivenName = Typo(record.Record.GivenName) },
                1 => record.Record with { Email = $"moved{record.RowId}.{round}@example.net" },
                2 => record.Record with { Email = other.Email, FullName = other.FullName, GivenName = other.GivenName, FamilyName = other.FamilyName },
                3 => record.Record with { Postcode = other.Postcode, City = other.City },
                4 => record.Record with { BirthDate = null, Street = other.Street },
                _ => record.Record with { Phone = other.Phone },
            };
            edited.Add(Changed(record, data));
        }

        // A landline that five different people give (the guardrail stops it identifying anyone), freed again two rounds on.
        if (round == 2)
        {
            foreach (var record in Pick(records.Where(r => !picked.Contains(r)).ToList(), 5))
            {
                _onLandline.Add(record.RowId);
                edited.Add(Changed(record, record.Record with { Phone = "+1 415 555 0199" }));
            }
        }
        else if (round == 4)
        {
            foreach (var record in records.Where(r => _onLandline.Contains(r.RowId) && !picked.Contains(r)))
                edited.Add(Changed(record, record.Record with { Phone = null }));
        }

        return edited;
    }

    public List<long> Delete(IEnumerable<StoredCustomerRecord> live, List<StoredCustomerRecord> changed, int count)
    {
        var keep = changed.Select(r => r.RowId).ToHashSet();
        return Pick(live.Where(r => !keep.Contains(r.RowId)).OrderBy(r => r.RowId).ToList(), count).Select(r => r.RowId).ToList();
    }

    /// <summary>One operator decision per round from the second: a merge, a split, a golden-field override, its removal.</summary>
    public IEnumerable<IdentityDecision> Decide(SavedResolution saved, Dictionary<long, StoredCustomerRecord> live, int round, int made)
    {
        var records = live.Values.Where(r => saved.CustomerOfRecord.ContainsKey(r.RowId)).OrderBy(r => r.RowId).ToList();
        RecordRef Ref(StoredCustomerRecord r) => new(r.Source, r.SourceId);
        var id = made + 1;
        var customers = records.GroupBy(r => saved.CustomerOfRecord[r.RowId]).Where(g => g.Count() >= 2).OrderBy(g => g.Key).ToList();
        switch (round)
        {
            case 2:
                var (a, b) = (records[_random.Next(records.Count)], records[_random.Next(records.Count)]);
                yield return Decision(id, DecisionKind.Merge) with { Records = [Ref(a), Ref(b)] };
                break;
            case 3:
                var split = customers[_random.Next(customers.Count)].ToList();
                yield return Decision(id, DecisionKind.Split) with { Records = [Ref(split[0])], Apart = [.. split.Skip(1).Select(Ref)] };
                break;
            case 4 or 5:
                var customer = customers[round == 4 ? 0 : 1];
                yield return Decision(id, round == 4 ? DecisionKind.Override : DecisionKind.ClearOverride) with
                {
                    Field = "city",
                    Value = round == 4 ? "Springfield" : null,
                    CustomerNumber = customer.Key,
                    Records = [.. customer.Select(Ref)],
                };
                break;
        }
    }

    private static IdentityDecision Decision(long id, DecisionKind kind) => new()
    {
        Id = id,
        Kind = kind,
        Reason = "test",
        Actor = "ops",
        At = Some.Epoch.AddDays(id),
    };

    private StoredCustomerRecord Changed(StoredCustomerRecord record, Hub.Contracts.CustomerRecord data) =>
        record with { Record = data, Revision = record.Revision + 1, LastChanged = Some.Epoch.AddDays(30 + _revision) };

    private List<StoredCustomerRecord> Pick(List<StoredCustomerRecord> from, int count) =>
        Enumerable.Range(0, Math.Min(count, from.Count)).Select(_ => from[_random.Next(from.Count)]).DistinctBy(r => r.RowId).ToList();

    private static string? Typo(string? text) =>
        text is { Length: >= 4 } ? string.Concat(text[..1], text[2..3], text[1..2], text[3..]) : text;
}
