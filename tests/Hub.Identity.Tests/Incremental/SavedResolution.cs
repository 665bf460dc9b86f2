using System.Text.Json;
using Hub.Core.Model;
using Hub.Core.Storage;

namespace Hub.Identity.Tests.Incremental;

/// <summary>
/// What a store holds after saving outcomes, applied the way the store's contract says: a full outcome replaces
/// everything, an outcome of changes replaces what it names. Lets the engine's two paths be compared customer by customer.
/// </summary>
internal sealed class SavedResolution
{
    public Dictionary<long, long> CustomerOfRecord { get; } = [];
    public Dictionary<long, string> Customers { get; } = [];
    public Dictionary<long, List<string>> Links { get; } = [];
    public long MaxNumber { get; private set; }

    public void Save(ResolutionOutcome outcome)
    {
        if (outcome.Scope == ResolutionScope.All)
        {
            CustomerOfRecord.Clear();
            Customers.Clear();
            Links.Clear();
        }

        foreach (var (row, number) in outcome.CustomerOfRecord) CustomerOfRecord[row] = number;
        foreach (var number in outcome.RemovedCustomers)
        {
            Customers.Remove(number);
            Links.Remove(number);
        }

        foreach (var customer in outcome.Customers)
        {
            Customers[customer.Number] = JsonSerializer.Serialize(customer);
            Links[customer.Number] = [];
            MaxNumber = Math.Max(MaxNumber, customer.Number);
        }

        foreach (var link in outcome.Links)
            Links[outcome.CustomerOfRecord[link.RecordA]].Add($"{link.RecordA}-{link.RecordB} {link.Rule} {link.Weight:R} {link.Levels}");
        foreach (var list in Links.Values) list.Sort(StringComparer.Ordinal);
    }

    /// <summary>Forgets deleted records, as the store does when they are deleted.</summary>
    public void Delete(long row) => CustomerOfRecord.Remove(row);

    /// <summary>The records with the customer numbers saved for them.</summary>
    public List<StoredCustomerRecord> Numbered(IEnumerable<StoredCustomerRecord> records) =>
        records.Select(r => r with { CustomerNumber = CustomerOfRecord.TryGetValue(r.RowId, out var n) ? n : null }).ToList();

    /// <summary>Every difference from another saved resolution, described; empty when they hold the same.</summary>
    public List<string> Differences(SavedResolution other)
    {
        var differences = new List<string>();
        foreach (var (row, number) in CustomerOfRecord)
        {
            if (!other.CustomerOfRecord.TryGetValue(row, out var theirs)) differences.Add($"record {row}: cus_{number} here, missing there");
            else if (theirs != number) differences.Add($"record {row}: cus_{number} here, cus_{theirs} there");
        }

        differences.AddRange(other.CustomerOfRecord.Keys.Except(CustomerOfRecord.Keys).Select(row => $"record {row}: missing here"));
        foreach (var (number, json) in Customers)
        {
            if (!other.Customers.TryGetValue(number, out var theirs)) differences.Add($"cus_{number}: missing there");
            else if (theirs != json) differences.Add($"cus_{number}: golden record differs:\n  {json}\n  {theirs}");
            else if (!Links[number].SequenceEqual(other.Links[number]))
                differences.Add($"cus_{number}: links differ:\n  {string.Join("; ", Links[number])}\n  {string.Join("; ", other.Links[number])}");
        }

        differences.AddRange(other.Customers.Keys.Except(Customers.Keys).Select(n => $"cus_{n}: missing here"));
        return differences;
    }
}
