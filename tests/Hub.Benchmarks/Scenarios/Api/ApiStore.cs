using System.Diagnostics;
using System.Text.Json;
using Hub.Core.Storage;
using Hub.Pipeline.Resolution;
using Hub.SampleData;

namespace Hub.Benchmarks.Scenarios.Api;

/// <summary>
/// The store issue 5's API scenarios query: the sample's customer files imported as <c>hub import customers</c> imports
/// them, then resolved as <c>hub resolve --full</c> resolves them. Building it takes minutes, so it is kept between runs
/// in the temp folder, keyed by seed and size, and reused while its marker says it was built whole. The hub migrates it on
/// start, so a store built before a new migration gets it then.
/// </summary>
/// <param name="DataDirectory">The hub's data dir; the database is <c>hub.db</c> inside.</param>
/// <param name="GeneratedCustomers">Real customers the sample was generated for.</param>
/// <param name="Rows">Customer rows imported.</param>
/// <param name="Customers">Golden customers the full resolution made: the store's size for the figures.</param>
/// <param name="BuildTime">How long building took (generate, import, resolve), when it was built.</param>
/// <param name="Reused">Whether this run found it built by an earlier run.</param>
internal sealed record ApiStore(string DataDirectory, int GeneratedCustomers, long Rows, long Customers, TimeSpan BuildTime, bool Reused)
{
    private const int Seed = 42;
    private const string MarkerFile = "built.json";

    public string DatabasePath => Path.Combine(DataDirectory, "hub.db");

    public static async Task<ApiStore> PrepareAsync(int customers, string work, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "hub-bench-cache", $"api-seed{Seed}-customers{customers}");
        var marker = Path.Combine(folder, MarkerFile);
        if (File.Exists(marker) && JsonSerializer.Deserialize<ApiStore>(await File.ReadAllTextAsync(marker, cancellationToken)) is { } built)
        {
            Console.WriteLine($"API store: reusing {built.Customers:N0} customers built earlier ({folder})");
            return built with { DataDirectory = folder, Reused = true };
        }

        // A store whose build was interrupted has no marker and is built again from nothing.
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        Console.WriteLine($"API store: generating {customers:N0} customers (seed {Seed}), importing and resolving them in full; kept in {folder}");
        var stopwatch = Stopwatch.StartNew();
        var sample = new SampleDataGenerator(new SampleDataOptions(customers, Seed)).WriteCsv(Path.Combine(work, "api-sample"));
        var files = sample.Files.Where(f => f.Stream == SampleSources.CustomersStream).ToList();
        var store = Path.Combine(folder, "hub.db");
        ScenarioCommand.Report(await new IngestScenarios(files).ImportAsync("import", store, cancellationToken));
        long golden;
        await using (var hub = await HubServices.OpenAsync(store, cancellationToken))
        {
            var summary = await hub.Get<ResolutionService>().ResolveAsync(full: true, cancellationToken);
            golden = await hub.Get<ICustomerQueries>().CountCustomersAsync(cancellationToken);
            Console.WriteLine($"  resolved {summary.Records:N0} records into {golden:N0} customers");
        }

        var result = new ApiStore(folder, customers, files.Sum(f => (long)f.Rows), golden, stopwatch.Elapsed, Reused: false);
        Directory.Delete(Path.Combine(work, "api-sample"), recursive: true);
        await File.WriteAllTextAsync(marker, JsonSerializer.Serialize(result), cancellationToken);
        Console.WriteLine($"  built in {result.BuildTime.TotalSeconds:F0} s");
        return result;
    }
}
