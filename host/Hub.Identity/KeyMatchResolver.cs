using Hub.Core.Model;
using Hub.Core.Storage;

namespace Hub.Identity;

/// <summary>
/// The first resolution pass: records that share a normalised e-mail, a phone number (E.164) or an external id are
/// one customer, transitively. Deterministic: the same input always gives the same customers and numbers, and
/// feeding the output numbers back in changes nothing.
/// </summary>
public sealed class KeyMatchResolver : IIdentityResolver
{
    private readonly string _defaultRegion;

    /// <summary>Creates the resolver.</summary>
    /// <exception cref="ArgumentException">when the default region is not a region phone numbers are known for.</exception>
    public KeyMatchResolver(IdentityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var region = (options.DefaultRegion ?? "").Trim().ToUpperInvariant();
        if (!CountryRegions.IsSupported(region))
        {
            throw new ArgumentException(
                $"identity default region '{options.DefaultRegion}' is not an ISO 3166 alpha-2 code with phone numbering, e.g. US or CN", nameof(options));
        }

        _defaultRegion = region;
    }

    /// <inheritdoc />
    public ResolutionOutcome Resolve(IReadOnlyList<StoredCustomerRecord> records, long maxCustomerNumber)
    {
        ArgumentNullException.ThrowIfNull(records);
        var keys = Normalize(records);
        var clusters = Cluster(records, keys);
        var numbers = CustomerNumbering.Assign(records, clusters, maxCustomerNumber);

        var customerOfRecord = new Dictionary<long, long>(records.Count);
        var customers = new GoldenCustomer[clusters.Count];
        for (var c = 0; c < clusters.Count; c++)
        {
            var newestFirst = clusters[c]
                .OrderByDescending(i => records[i].LastChanged)
                .ThenByDescending(i => records[i].RowId)
                .ToArray();
            foreach (var index in newestFirst) customerOfRecord[records[index].RowId] = numbers[c];
            customers[c] = GoldenRecords.Build(numbers[c], newestFirst.Select(i => records[i]).ToArray(), newestFirst.Select(i => keys[i]).ToArray());
        }

        Array.Sort(customers, (a, b) => a.Number.CompareTo(b.Number));
        return new ResolutionOutcome(customerOfRecord, customers);
    }

    private RecordKeys[] Normalize(IReadOnlyList<StoredCustomerRecord> records)
    {
        var keys = new RecordKeys[records.Count];
        // Phone parsing dominates the run; records are independent, so both cores share it.
        Parallel.For(0, records.Count, i =>
        {
            var record = records[i].Record;
            var phone = IdentityNormalizer.NormalizePhone(record.Phone, record.Country, _defaultRegion);
            var shown = phone ?? (IdentityNormalizer.LooksLikePhone(record.Phone) ? record.Phone!.Trim() : null);
            var externalId = string.IsNullOrWhiteSpace(record.ExternalId) ? null : record.ExternalId.Trim();
            keys[i] = new RecordKeys(IdentityNormalizer.NormalizeEmail(record.Email), phone, shown, externalId);
        });
        return keys;
    }

    /// <returns>Record indexes per customer, each in row id order, customers in order of their smallest row id.</returns>
    private static List<int[]> Cluster(IReadOnlyList<StoredCustomerRecord> records, RecordKeys[] keys)
    {
        var sets = new UnionFind(records.Count);
        var byEmail = new Dictionary<string, int>(StringComparer.Ordinal);
        var byPhone = new Dictionary<string, int>(StringComparer.Ordinal);
        var byExternalId = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < keys.Length; i++)
        {
            Link(byEmail, keys[i].Email, i, sets);
            Link(byPhone, keys[i].Phone, i, sets);
            Link(byExternalId, keys[i].ExternalId, i, sets);
        }

        return Enumerable.Range(0, records.Count)
            .GroupBy(sets.Find)
            .Select(g => g.OrderBy(i => records[i].RowId).ToArray())
            .OrderBy(members => records[members[0]].RowId)
            .ToList();
    }

    private static void Link(Dictionary<string, int> firstWithKey, string? key, int index, UnionFind sets)
    {
        if (key is null) return;
        if (firstWithKey.TryGetValue(key, out var other)) sets.Union(index, other);
        else firstWithKey[key] = index;
    }
}
