using Hub.Core.Model;

namespace Hub.Identity;

/// <summary>
/// Gives each cluster a customer number that stays what users have already seen wherever possible: a cluster keeps
/// the number most of its records had, each old number goes to one cluster only, and the rest get new numbers.
/// </summary>
internal static class CustomerNumbering
{
    private readonly record struct Claim(int Cluster, long Number, int Records);

    /// <param name="records">Every record, with its number before this resolution.</param>
    /// <param name="clusters">Record indexes per cluster, clusters in order of their smallest row id.</param>
    /// <param name="maxCustomerNumber">The highest number ever given out.</param>
    /// <returns>The number of each cluster, in cluster order.</returns>
    public static long[] Assign(IReadOnlyList<StoredCustomerRecord> records, IReadOnlyList<int[]> clusters, long maxCustomerNumber)
    {
        var claims = new List<Claim>();
        var highest = maxCustomerNumber;
        var counts = new Dictionary<long, int>();
        for (var c = 0; c < clusters.Count; c++)
        {
            counts.Clear();
            foreach (var index in clusters[c])
            {
                if (records[index].CustomerNumber is > 0 and var number)
                {
                    counts[number] = counts.GetValueOrDefault(number) + 1;
                    highest = Math.Max(highest, number);
                }
            }

            foreach (var (number, count) in counts) claims.Add(new Claim(c, number, count));
        }

        // The strongest claims are settled first: when clusters merge the larger part's number survives, when one
        // splits the largest part keeps it; equal claims go to the smaller number, then the older cluster.
        claims.Sort((a, b) => a.Records != b.Records ? b.Records.CompareTo(a.Records)
            : a.Number != b.Number ? a.Number.CompareTo(b.Number)
            : a.Cluster.CompareTo(b.Cluster));

        var assigned = new long[clusters.Count];
        var taken = new HashSet<long>();
        foreach (var claim in claims)
        {
            if (assigned[claim.Cluster] == 0 && taken.Add(claim.Number)) assigned[claim.Cluster] = claim.Number;
        }

        // Numbers are never reused, even one an earlier run gave out and nobody holds any more.
        var next = highest;
        for (var c = 0; c < assigned.Length; c++)
        {
            if (assigned[c] == 0) assigned[c] = ++next;
        }

        return assigned;
    }
}
