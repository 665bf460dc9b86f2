namespace Hub.Identity.Matching;

/// <summary>
/// A guardrail against over-merging: an e-mail, phone or external id that records of several clearly different people
/// carry (a family landline, an office switchboard, test@test.com) stops identifying anyone. Its value is removed from the
/// comparison (and from blocking), so it neither links nor separates; the golden record still lists it.
/// </summary>
internal static class SharedIdentifiers
{
    /// <summary>Clears shared values and returns what was cleared: field, value and how many people shared it.</summary>
    public static List<SharedIdentifier> Clear(PreparedRecords records, int maxPeople)
    {
        var cleared = new List<SharedIdentifier>();
        Clear(records, records.Email, "email", maxPeople, cleared);
        Clear(records, records.Phone, "phone", maxPeople, cleared);
        Clear(records, records.ExternalId, "external_id", maxPeople, cleared);
        return cleared;
    }

    private static void Clear(PreparedRecords records, FieldColumn column, string field, int maxPeople, List<SharedIdentifier> cleared)
    {
        var holders = new Dictionary<int, List<int>>();
        for (var i = 0; i < records.Count; i++)
        {
            var id = column.Ids[i];
            if (id == 0 || column.Count(id) < 2) continue;
            if (!holders.TryGetValue(id, out var list)) holders[id] = list = [];
            list.Add(i);
        }

        foreach (var (id, members) in holders.OrderBy(h => h.Key))
        {
            var people = DistinctPeople(records, members, maxPeople);
            if (people <= maxPeople) continue;
            cleared.Add(new SharedIdentifier(field, column.ValueOf(id)!, people, members.Count));
            foreach (var member in members) column.Clear(member);
        }
    }

    /// <summary>
    /// How many clearly different given names the records carry (stopping once past <paramref name="limit"/>). Spelling
    /// variants and initials count as one person; records without a given name do not count.
    /// </summary>
    internal static int DistinctPeople(PreparedRecords records, List<int> members, int limit)
    {
        var names = new List<string>();
        foreach (var member in members)
        {
            if (records.GivenRoman.Value(member) is not { } name) continue;
            if (names.Any(known => PersonNames.CouldBeSame(known, name))) continue;
            names.Add(name);
            if (names.Count > limit) break;
        }

        return names.Count;
    }
}

/// <summary>An identifier the guardrail stopped counting.</summary>
/// <param name="Field">email, phone or external_id.</param>
/// <param name="Value">The normalised value.</param>
/// <param name="People">How many different given names carried it (at least).</param>
/// <param name="Records">How many records carried it.</param>
public sealed record SharedIdentifier(string Field, string Value, int People, int Records);
