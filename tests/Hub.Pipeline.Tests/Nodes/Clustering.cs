using Hub.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Pipeline.Tests.Nodes;

/// <summary>
/// Which source records a database holds together: its customers as a partition of SOURCE:ID, whatever their numbers
/// (two runs that agree on who is who may still number customers differently), after checking that the customers and
/// records agree with each other.
/// </summary>
internal static class Clustering
{
    private const int Page = 1000;

    /// <summary>
    /// The clusters, each a sorted list of SOURCE:ID joined by spaces, in sorted order; fails the test unless every record
    /// has a customer, every number a record holds is one stored customer whose record count is the number of records
    /// holding it (two clusters given one number fail this), and every stored customer holds records.
    /// </summary>
    public static async Task<List<string>> ReadAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var records = await services.GetRequiredService<IIdentityStore>().LoadCustomerRecordsAsync(cancellationToken);
        var unassigned = records.Where(r => r.CustomerNumber is null).Select(r => $"{r.Source}:{r.SourceId}").ToList();
        Assert.True(unassigned.Count == 0, $"{unassigned.Count} records have no customer, e.g. {string.Join(", ", unassigned.Take(5))}");

        var held = records.GroupBy(r => r.CustomerNumber!.Value).ToDictionary(g => g.Key, g => g.Count());
        var stored = new Dictionary<long, long>();
        var queries = services.GetRequiredService<ICustomerQueries>();
        for (long? after = null; ;)
        {
            var page = await queries.ListCustomersAsync(after, Page, cancellationToken);
            foreach (var customer in page) stored.Add(customer.Number, customer.RecordCount);
            if (page.Count < Page) break;
            after = page[^1].Number;
        }

        var missing = held.Keys.Where(n => !stored.ContainsKey(n)).Order().ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} customer numbers held by records have no customer, e.g. {string.Join(", ", missing.Take(5))}");
        var empty = stored.Keys.Where(n => !held.ContainsKey(n)).Order().ToList();
        Assert.True(empty.Count == 0, $"{empty.Count} customers hold no record, e.g. {string.Join(", ", empty.Take(5))}");
        var miscounted = held.Where(h => stored[h.Key] != h.Value).Select(h => $"{h.Key}: {h.Value} records, customer says {stored[h.Key]}").ToList();
        Assert.True(miscounted.Count == 0, $"{miscounted.Count} customers are held by another number of records than they were built from, e.g. {string.Join("; ", miscounted.Take(5))}");

        return records
            .GroupBy(r => r.CustomerNumber!.Value)
            .Select(g => string.Join(' ', g.Select(r => $"{r.Source}:{r.SourceId}").Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Fails unless both are the same partition, naming clusters found on one side only.</summary>
    public static void AssertSame(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        var onlyExpected = expected.Except(actual, StringComparer.Ordinal).ToList();
        var onlyActual = actual.Except(expected, StringComparer.Ordinal).ToList();
        Assert.True(onlyExpected.Count == 0 && onlyActual.Count == 0,
            $"{expected.Count} clusters expected, {actual.Count} found; {onlyExpected.Count} expected ones missing, e.g. [{string.Join("] [", onlyExpected.Take(3))}]; " +
            $"{onlyActual.Count} found that were not expected, e.g. [{string.Join("] [", onlyActual.Take(3))}]");
    }
}
