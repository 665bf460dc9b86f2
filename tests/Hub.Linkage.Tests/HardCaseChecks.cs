using System.Globalization;

namespace Hub.Linkage.Tests;

/// <summary>
/// The case-by-case verdict on a clustering of the hard cases, beside the pairwise score: which households or
/// namesake groups were merged, and which people of the must-link cases were left in pieces, each with its records.
/// </summary>
internal sealed class HardCaseChecks(HardCaseSet set, IReadOnlyDictionary<RecordKey, string> clusters)
{
    private readonly ILookup<HardCasePerson, HardCaseRow> _rowsByPerson = set.Rows.ToLookup(r => r.Person);

    /// <summary>
    /// Groups of <paramref name="kind"/> (households, namesakes) in which two different people share a customer:
    /// one line per customer holding more than one member, with those members' records.
    /// </summary>
    public IReadOnlyList<string> MergedGroups(HardCase kind) =>
    [
        .. set.Persons.Where(p => p.Case == kind).GroupBy(p => p.Group!)
            .SelectMany(group => group.SelectMany(p => _rowsByPerson[p]).GroupBy(r => clusters[r.Key])
                .Where(customer => customer.Select(r => r.Person).Distinct().Count() > 1)
                .Select(customer => $"{group.Key}: {string.Join(" and ", customer.Select(r => r.Person.Id).Distinct())} are one customer " +
                    $"{customer.Key}: {string.Join("; ", customer.Select(r => r.Describe()))}")),
    ];

    /// <summary>People of <paramref name="kind"/> whose records ended up in more than one customer, with the records.</summary>
    public IReadOnlyList<string> SplitPersons(HardCase kind) =>
    [
        .. set.Persons.Where(p => p.Case == kind)
            .Where(p => _rowsByPerson[p].Select(r => clusters[r.Key]).Distinct().Count() > 1)
            .Select(p => $"{p.Id} is split: {string.Join("; ", _rowsByPerson[p].Select(r => $"{r.Describe()} -> {clusters[r.Key]}"))}"),
    ];

    /// <summary>One line: how many of the case's groups or people came out right, with the count of their records.</summary>
    public string Summary(HardCase kind, IReadOnlyList<string> failures, string what)
    {
        var persons = set.Persons.Where(p => p.Case == kind).ToList();
        var units = kind is HardCase.Household or HardCase.Namesake ? persons.Select(p => p.Group).Distinct().Count() : persons.Count;
        var records = persons.Sum(p => _rowsByPerson[p].Count());
        return string.Create(CultureInfo.InvariantCulture,
            $"{kind}: {failures.Count} {what} ({units} {(units == persons.Count ? "people" : $"groups of {persons.Count} people")}, {records} records)");
    }
}
