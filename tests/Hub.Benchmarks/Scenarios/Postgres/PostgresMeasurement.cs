using Hub.Benchmarks.Scenarios.Api;
using Hub.Core.Storage;
using Hub.Pipeline.Resolution;
using Hub.SampleData;

namespace Hub.Benchmarks.Scenarios.Postgres;

/// <summary>
/// Issue 8's part of <c>scenarios</c> (<c>--only postgres</c>): on a PostgreSQL server started for the run with its default
/// settings, issue 3's ingest scenarios beside the raw and keyed COPY floors, then issue 4's resolution scenarios, then issue
/// 5's API scenarios over the imported store resolved in full. Each scenario composes the hub's services over PostgreSQL
/// exactly as it does over SQLite.
/// </summary>
internal static class PostgresMeasurement
{
    /// <summary>
    /// What the tuned server is given: memory for its buffers and room between checkpoints, so that a bulk load is not
    /// dominated by full-page images in the WAL. Durability stays as it is by default.
    /// </summary>
    public static readonly string[] TunedSettings = ["shared_buffers=2GB", "max_wal_size=8GB", "checkpoint_timeout=30min"];

    public static async Task<PostgresReport> RunAsync(ScenarioOptions options, string work, CancellationToken cancellationToken)
    {
        var files = CustomerFiles(options, work);
        var problems = new List<string>();

        PostgresServerRun defaults;
        await using (var server = await BenchPostgres.StartAsync([]))
        {
            (defaults, var imported) = await IngestAsync(server, [], options, files, problems, cancellationToken);
            await new PostgresScenarioStores(server).DeleteAsync(imported);
        }

        await using var tunedServer = await BenchPostgres.StartAsync(TunedSettings);
        var stores = new PostgresScenarioStores(tunedServer);
        var (tuned, store) = await IngestAsync(tunedServer, TunedSettings, options, files, problems, cancellationToken);
        Directory.Delete(Path.Combine(work, "pg-sample"), recursive: true);
        var resolution = await ResolutionMeasurement.RunAsync(options, work, cancellationToken, stores);
        problems.AddRange(resolution.Problems.Select(p => "resolution: " + p));
        var api = await MeasureApiAsync(options, store, files.Sum(f => (long)f.Rows), work, cancellationToken);
        problems.AddRange(api.Report.Problems.Select(p => "API: " + p));
        return new PostgresReport(defaults, tuned, options.Customers, files, resolution, api, problems);
    }

    /// <summary>
    /// <c>--only postgres-ingest</c>: the ingest scenarios and floors alone, on both servers, printed as they run; for
    /// profiling, so nothing is written. Returns the problems found.
    /// </summary>
    public static async Task<IReadOnlyList<string>> RunIngestAsync(ScenarioOptions options, string work, CancellationToken cancellationToken)
    {
        var files = CustomerFiles(options, work);
        var problems = new List<string>();
        foreach (var settings in new[] { [], TunedSettings })
        {
            await using var server = await BenchPostgres.StartAsync(settings);
            var (_, imported) = await IngestAsync(server, settings, options, files, problems, cancellationToken);
            await new PostgresScenarioStores(server).DeleteAsync(imported);
        }

        return problems;
    }

    // Issue 3's sample, of which the ingest scenarios take the customer files.
    private static List<SampleFile> CustomerFiles(ScenarioOptions options, string work)
    {
        Console.WriteLine($"generating {options.Customers:N0} customers (seed 42)...");
        var sample = new SampleDataGenerator(new SampleDataOptions(options.Customers)).WriteCsv(Path.Combine(work, "pg-sample"));
        return sample.Files.Where(f => f.Stream == SampleSources.CustomersStream).ToList();
    }

    // Issue 3's scenarios and the COPY floors, each on a fresh database; the last round's import is kept for the API.
    private static async Task<(PostgresServerRun Run, string Imported)> IngestAsync(
        BenchPostgres server, IReadOnlyList<string> given, ScenarioOptions options, IReadOnlyList<SampleFile> files, List<string> problems, CancellationToken cancellationToken)
    {
        Console.WriteLine($"PostgreSQL {server.Version}: {string.Join(", ", server.Settings.Select(s => $"{s.Name}={s.Value}"))}");
        var stores = new PostgresScenarioStores(server);
        var rows = files.Sum(f => (long)f.Rows);
        var ingest = new IngestScenarios(files);
        var rounds = new List<PostgresIngestRound>();
        // Untimed: the smallest file imported once into a database of its own, so the measured rounds meet a warm JIT, as
        // "only the last round counts" means for issue 3 and the API's unmeasured requests do for issue 5.
        var warmUp = await stores.NewAsync("ingest_warm_up");
        await new IngestScenarios([files.MinBy(f => f.Rows)!]).ImportAsync("warm-up", warmUp, cancellationToken);
        await stores.DeleteAsync(warmUp);
        string? imported = null;
        for (var number = 1; number <= options.Rounds; number++)
        {
            Console.WriteLine($"PostgreSQL ingest round {number} of {options.Rounds}");
            if (imported is not null) await stores.DeleteAsync(imported);
            imported = await stores.NewAsync("ingest_import");
            var import = ScenarioCommand.Report(await ingest.ImportAsync("import", imported, cancellationToken));
            var size = await server.SizeOfAsync(PostgresScenarioStores.NameOf(imported));
            var reimport = ScenarioCommand.Report(await ingest.ImportAsync("re-import", imported, cancellationToken));
            var synced = await stores.NewAsync("ingest_sync");
            var sync = ScenarioCommand.Report(await ingest.SyncAsync("sync", synced, cancellationToken));
            await stores.DeleteAsync(synced);
            var copy = ScenarioCommand.Report(await CopyFloor.RunAsync("raw COPY", files, BenchStorage.ConnectionString(await stores.NewAsync("floor_copy")), keyed: false));
            await server.DropDatabaseAsync("floor_copy");
            var keyed = ScenarioCommand.Report(await CopyFloor.RunAsync("COPY+upsert", files, BenchStorage.ConnectionString(await stores.NewAsync("floor_keyed")), keyed: true));
            await server.DropDatabaseAsync("floor_keyed");
            var round = new PostgresIngestRound(import, reimport, sync, copy, keyed, size);
            rounds.Add(round);
            problems.AddRange(Check(round, rows, number));
        }

        return (new PostgresServerRun(server.Version, given, server.Settings, rounds), imported!);
    }

    // Issue 5's store is issue 3's sample imported and resolved in full: the last ingest round's import, resolved now.
    private static async Task<PostgresApi> MeasureApiAsync(ScenarioOptions options, string store, long rows, string work, CancellationToken cancellationToken)
    {
        Console.WriteLine("PostgreSQL API: resolving the imported store in full");
        var (customers, elapsed, cpu, peak) = await Measured.RunAsync(async () =>
        {
            await using var hub = await HubServices.OpenAsync(store, cancellationToken);
            var summary = await hub.Get<ResolutionService>().ResolveAsync(full: true, cancellationToken);
            return (summary.Records, Customers: await hub.Get<ICustomerQueries>().CountCustomersAsync(cancellationToken));
        });
        var resolve = ScenarioCommand.Report(new ScenarioResult("resolve --full", customers.Records, elapsed, cpu, peak));
        Console.WriteLine($"  {customers.Customers:N0} customers");
        var dataDirectory = Path.Combine(work, "pg-api-data");
        Directory.CreateDirectory(dataDirectory);
        var (settings, rounds, problems) = await ApiMeasurement.MeasureAsync(options, dataDirectory, store, cancellationToken);
        var described = new ApiStore(dataDirectory, options.Customers, rows, customers.Customers, elapsed, Reused: false);
        return new PostgresApi(resolve, new ApiReport(described, settings, rounds, [], [], problems));
    }

    private static IEnumerable<string> Check(PostgresIngestRound round, long rows, int number)
    {
        if (round.Import.Counts is not { } import || import.Inserted != rows) yield return $"round {number}: the import inserted {round.Import.Counts?.Inserted} of {rows} rows";
        if (round.Reimport.Counts is not { } again || again.Unchanged != rows) yield return $"round {number}: the re-import left {round.Reimport.Counts?.Unchanged} of {rows} rows unchanged";
        if (round.Sync.Counts is not { } sync || sync.Inserted != rows) yield return $"round {number}: the sync inserted {round.Sync.Counts?.Inserted} of {rows} rows";
        if (round.Copy.Records != rows || round.KeyedCopy.Records != rows) yield return $"round {number}: the floors wrote {round.Copy.Records} and {round.KeyedCopy.Records} of {rows} rows";
    }
}
