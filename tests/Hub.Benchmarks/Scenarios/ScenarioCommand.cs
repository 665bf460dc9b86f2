using System.Diagnostics;
using System.Globalization;
using Hub.Benchmarks.Reporting;
using Hub.Benchmarks.Scenarios.Api;
using Hub.SampleData;

namespace Hub.Benchmarks.Scenarios;

/// <summary>
/// <c>scenarios</c>: generates the sample customers into a temp folder, measures every scenario (in rounds, each on fresh
/// databases): the ingest scenarios, then the identity-resolution scenarios on a sample of their own, then the GraphQL API
/// over a store of its own; checks the counts, and rewrites docs/benchmarks.md with the last round beside its floor.
/// </summary>
internal static class ScenarioCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        ScenarioOptions options;
        try
        {
            options = ScenarioOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}\n{ScenarioOptions.Usage}");
            return 2;
        }
#if DEBUG
        await Console.Error.WriteLineAsync("error: the scenarios measure optimised code only; run them with -c Release");
        return 2;
#else
        // Resolved before minutes of measuring, so a run from outside the repository fails at once.
        var output = options.WritesDocument ? options.Output ?? Path.Combine(BenchmarkPaths.RepositoryRoot(), "docs", "benchmarks.md") : null;
        if (output is not null && options.Only is not null && !File.Exists(output))
        {
            // --only replaces one section of an existing document.
            await Console.Error.WriteLineAsync($"error: {output} does not exist; --only {options.Only} replaces its section of an existing document");
            return 2;
        }

        var work = BenchmarkPaths.NewTempFolder("scenarios");
        try
        {
            var ingest = options.RunsIngest ? await MeasureAsync(options, work, cancellationToken) : null;
            var resolution = options.RunsResolution ? await ResolutionMeasurement.RunAsync(options, work, cancellationToken) : null;
            var api = options.RunsApi ? await ApiMeasurement.RunAsync(options, work, cancellationToken) : null;
            var mining = options.RunsMining ? await Mining.MiningMeasurement.RunAsync(work, cancellationToken) : null;
            var postgres = options.RunsPostgres ? await Postgres.PostgresMeasurement.RunAsync(options, work, cancellationToken) : null;
            var postgresIngest = options.Only == ScenarioOptions.PostgresIngest ? await Postgres.PostgresMeasurement.RunIngestAsync(options, work, cancellationToken) : [];
            if (output is not null && options.Only is { } only)
            {
                // --only resolve or --only api: that section is replaced, the rest of the document stays as the last whole run wrote it.
                var document = await File.ReadAllTextAsync(output, cancellationToken);
                var commandLine = options.CommandLine + " --only " + only;
                document = resolution is not null ? BenchmarksDocument.ReplaceResolution(document, resolution, commandLine)
                    : api is not null ? BenchmarksDocument.ReplaceApi(document, api, commandLine)
                    : mining is not null ? BenchmarksDocument.ReplaceMining(document, mining, commandLine)
                    : BenchmarksDocument.ReplacePostgres(document, postgres!, commandLine);
                await File.WriteAllTextAsync(output, document, cancellationToken);
                Console.WriteLine($"wrote issue {(resolution is not null ? 4 : api is not null ? 5 : mining is not null ? 7 : 8)}'s section of {output}");
            }
            else if (output is not null)
            {
                // Without --only everything ran.
                await File.WriteAllTextAsync(output, BenchmarksDocument.Write(ingest!, resolution!, api!, mining!, postgres!), cancellationToken);
                Console.WriteLine($"wrote {output}");
            }

            var problems = (ingest?.Problems ?? []).Concat(resolution?.Problems ?? []).Concat(api?.Problems ?? []).Concat(mining?.Problems ?? []).Concat(postgres?.Problems ?? []).Concat(postgresIngest).ToList();
            foreach (var problem in problems) await Console.Error.WriteLineAsync($"problem: {problem}");
            return problems.Count == 0 ? 0 : 1;
        }
        finally
        {
            if (options.Keep) Console.WriteLine($"kept {work}");
            else Directory.Delete(work, recursive: true);
        }
#endif
    }

    private static async Task<IngestReport> MeasureAsync(ScenarioOptions options, string work, CancellationToken cancellationToken)
    {
        var machine = MachineInfo.Read();
        var date = DateTimeOffset.UtcNow;
        Console.WriteLine($"generating {options.Customers:N0} customers (seed 42)...");
        var stopwatch = Stopwatch.StartNew();
        var sample = new SampleDataGenerator(new SampleDataOptions(options.Customers)).WriteCsv(Path.Combine(work, "sample"));
        var generation = stopwatch.Elapsed;
        var files = sample.Files.Where(f => f.Stream == SampleSources.CustomersStream).ToList();
        var rows = files.Sum(f => (long)f.Rows);
        Console.WriteLine($"  {rows:N0} customer rows in {files.Count} files, {generation.TotalSeconds:F1} s");

        var ingest = new IngestScenarios(files);
        var rounds = new List<IngestRound>();
        var problems = new List<string>();
        for (var number = 1; number <= options.Rounds; number++)
        {
            Console.WriteLine($"round {number} of {options.Rounds}");
            var folder = Path.Combine(work, $"round-{number}");
            var store = Path.Combine(folder, "import", "hub.db");
            if (options.Only is { } only)
            {
                await RunOnlyAsync(only, ingest, files, folder, cancellationToken);
                continue;
            }

            var import = Report(await ingest.ImportAsync("import", store, cancellationToken));
            var storeBytes = SizeOf(store);
            var reimport = Report(await ingest.ImportAsync("re-import", store, cancellationToken));
            var sync = Report(await ingest.SyncAsync("sync", Path.Combine(folder, "sync", "hub.db"), cancellationToken));
            Directory.CreateDirectory(Path.Combine(folder, "floor"));
            var floor = Report(await FloorInsert.RunAsync("floor", files, Path.Combine(folder, "floor", "bare.db"), FloorSetup.Bare));
            var floorWithKey = Report(await FloorInsert.RunAsync("floor with key", files, Path.Combine(folder, "floor", "keyed.db"), FloorSetup.Keyed));
            var parse = Report(await ingest.ReadAsync("parse", Path.Combine(folder, "read", "hub.db"), validate: false, cancellationToken));
            var parseAndValidate = Report(await ingest.ReadAsync("parse+validate", Path.Combine(folder, "read", "hub.db"), validate: true, cancellationToken));
            var round = new IngestRound(import, reimport, sync, floor, floorWithKey, parse, parseAndValidate, storeBytes);
            rounds.Add(round);
            problems.AddRange(IngestChecks.Check(round, rows, number));
            // Each round leaves a few hundred MB of databases; the next round starts with a page cache as full as this one did.
            Directory.Delete(folder, recursive: true);
        }

        return new IngestReport(machine, date, options, files, generation, rounds, problems);
    }

    private static async Task RunOnlyAsync(string only, IngestScenarios ingest, IReadOnlyList<SampleFile> files, string folder, CancellationToken cancellationToken)
    {
        var store = Path.Combine(folder, only, "hub.db");
        Directory.CreateDirectory(Path.GetDirectoryName(store)!);
        // A re-import needs the import before it.
        if (only == "reimport") Report(await ingest.ImportAsync("import", store, cancellationToken));
        var result = only switch
        {
            "import" or "reimport" => await ingest.ImportAsync(only, store, cancellationToken),
            "sync" => await ingest.SyncAsync(only, store, cancellationToken),
            "floor" => await FloorInsert.RunAsync(only, files, store, FloorSetup.Bare),
            "floor-key" => await FloorInsert.RunAsync(only, files, store, FloorSetup.Keyed),
            "parse" => await ingest.ReadAsync(only, store, validate: false, cancellationToken),
            _ => await ingest.ReadAsync(only, store, validate: true, cancellationToken),
        };
        Report(result);
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>Prints one result line, in one format for every scenario; returns the result for chaining.</summary>
    internal static ScenarioResult Report(ScenarioResult result)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {result.Name,-15} {result.Records,12:N0} in {result.Elapsed.TotalSeconds,7:F2} s = {result.PerSecond,10:N0}/s, cpu {result.CpuTime.TotalSeconds,7:F2} s, peak {result.PeakWorkingSet / 1048576.0,7:N0} MiB"));
        return result;
    }

    private static long SizeOf(string databasePath) =>
        new[] { databasePath, databasePath + "-wal" }.Where(File.Exists).Sum(p => new FileInfo(p).Length);
}
