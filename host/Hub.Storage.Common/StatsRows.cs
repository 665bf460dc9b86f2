using Hub.Core.Storage.Customers;

namespace Hub.Storage.Common;

/// <summary>Joins the two grouped results of <see cref="CustomerStatsSql"/> into the rows statistics return, in key order.</summary>
internal static class StatsRows
{
    public static List<StatsRow> Combine(
        IEnumerable<(List<string?> Keys, long Count)> counts, IEnumerable<(List<string?> Keys, string Currency, long Orders, decimal Amount)> sales)
    {
        var byGroup = sales.ToLookup(s => string.Join("\u0001", s.Keys.Select(k => k ?? "\u0000")));
        return counts
            .Select(c =>
            {
                var group = byGroup[string.Join("\u0001", c.Keys.Select(k => k ?? "\u0000"))].OrderBy(s => s.Currency, StringComparer.Ordinal).ToList();
                return new StatsRow(c.Keys, c.Count, group.Sum(s => s.Orders), [.. group.Select(s => (s.Currency, s.Amount))]);
            })
            // A group without a value (no country) sorts last, on both engines.
            .OrderBy(r => string.Join("\u0001", r.Keys.Select(k => k ?? "\uffff")), StringComparer.Ordinal)
            .ToList();
    }
}
