using System.Diagnostics;
using Hub.SampleData;

namespace Hub.Benchmarks.Scenarios;

/// <summary>
/// The generated customers that the identity-resolution scenarios resolve. Issue 4's targets count customer records, not
/// customers, so the sample is sized by records: the generator is asked for the number of customers that gives about the
/// requested number of rows, once, and the exact row count is what the figures report.
/// </summary>
/// <param name="Customers">Real customers generated: the people the truth knows.</param>
/// <param name="Files">The customer file of every source (the order file is not resolved).</param>
/// <param name="TruthPath">The generator's truth: <c>source,source_id,person</c> per customer row.</param>
/// <param name="Generation">How long generating took; not part of any figure.</param>
internal sealed record ResolutionSample(int Customers, IReadOnlyList<SampleFile> Files, string TruthPath, TimeSpan Generation)
{
    /// <summary>
    /// Customer rows per customer at seed 42: 1,000,000 customers give 1,588,420 rows. Customers are generated one after
    /// another from the seed, so a smaller sample is a prefix of a larger one and the ratio holds to within a few hundred
    /// rows at the sizes that matter. Generating twice to hit the count exactly would only add seconds to every run.
    /// </summary>
    public const double RowsPerCustomer = 1.58842;

    public long Rows => Files.Sum(f => (long)f.Rows);

    public static ResolutionSample Generate(int records, string folder)
    {
        var customers = (int)Math.Max(1, Math.Round(records / RowsPerCustomer));
        var stopwatch = Stopwatch.StartNew();
        var sample = new SampleDataGenerator(new SampleDataOptions(customers)).WriteCsv(folder);
        var files = sample.Files.Where(f => f.Stream == SampleSources.CustomersStream).ToList();
        return new ResolutionSample(customers, files, sample.TruthPath, stopwatch.Elapsed);
    }
}
