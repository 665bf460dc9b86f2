using BenchmarkDotNet.Attributes;
using Hub.Contracts;
using Hub.Storage.Sqlite;

namespace Hub.Benchmarks.Micro;

/// <summary>
/// Content hashing: the store's change-detection hash over the fields of 5,000 customers, fed as the customer upsert feeds
/// it. Not sealed: BenchmarkDotNet derives from benchmark classes.
/// </summary>
[Config(typeof(MicroConfig))]
public class HashingBenchmarks
{
    private readonly ContentHasher _hasher = new();
    private MicroData _data = null!;
    private CustomerRecord[] _customers = [];

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _data = await MicroData.CreateAsync();
        _customers = [.. (await _data.ReadAsync()).Records.Cast<CustomerRecord>()];
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await _data.DisposeAsync();

    [Benchmark(Description = "hash 5,000 customers")]
    public long Hash()
    {
        long combined = 0;
        foreach (var c in _customers)
        {
            combined ^= _hasher.Start(c.Stream).Add(IsoText.Kind(c.Kind)).Add(c.FullName).Add(c.GivenName).Add(c.FamilyName).Add(c.Email)
                .Add(c.Phone).Add(c.Street).Add(c.City).Add(c.Postcode).Add(c.Country).Add(IsoText.Date(c.BirthDate))
                .Add(c.Company).Add(c.ExternalId).Add(JsonColumnWriter.EmptyObject).Add(IsoText.Timestamp(c.UpdatedAt)).Add(c.IsDeleted).Finish();
        }

        return combined;
    }
}
