using System.Globalization;

namespace Hub.Benchmarks.Scenarios;

/// <summary>
/// Issue 4's part of <c>scenarios</c>: generates a sample sized in customer records, imports it once into a store (not
/// timed), then in every round resolves a fresh copy of that store and checks the counts.
/// </summary>
internal static class ResolutionMeasurement
{
    /// <summary>New records a running hub resolves in the incremental scenario, held back from the import.</summary>
    public const int IncrementalRecords = 1_000;

    /// <summary>Runs the scenarios on SQLite files, or on the stores <paramref name="stores"/> makes (PostgreSQL databases).</summary>
    public static async Task<ResolutionReport> RunAsync(ScenarioOptions options, string work, CancellationToken cancellationToken, IScenarioStores? stores = null)
    {
        var folder = Path.Combine(work, "resolve");
        stores ??= new SqliteScenarioStores(folder);
        Console.WriteLine($"identity resolution: generating about {options.ResolveRecords:N0} customer records (seed 42)...");
        var sample = ResolutionSample.Generate(options.ResolveRecords, Path.Combine(folder, "sample"));
        // The records a running hub receives after its first resolution: imported into each round's store once it is resolved.
        var (baseFiles, later) = HeldBackRecords.Split(sample.Files, IncrementalRecords, Path.Combine(folder, "split"));
        Console.WriteLine($"  {sample.Rows:N0} customer rows of {sample.Customers:N0} customers in {sample.Files.Count} files, {sample.Generation.TotalSeconds:F1} s");

        // Imported once: every round resolves a copy, so each meets the same unresolved store and none pays for an import.
        var ingested = await stores.NewAsync("resolve_ingested");
        var ingest = ScenarioCommand.Report(await new IngestScenarios(baseFiles).ImportAsync("ingest", ingested, cancellationToken));
        var problems = ResolutionChecks.CheckIngest(ingest.Counts!, sample.Rows - IncrementalRecords).ToList();

        var rounds = new List<ResolutionRound>();
        for (var number = 1; number <= options.Rounds; number++)
        {
            Console.WriteLine($"resolution round {number} of {options.Rounds}");
            var store = await stores.CopyAsync(ingested, $"resolve_round_{number}");
            var round = await ResolutionScenarios.RunAsync(store, sample.TruthPath, later, cancellationToken);
            Print(round);
            rounds.Add(round);
            problems.AddRange(ResolutionChecks.Check(round, sample.Rows - IncrementalRecords, sample.Rows, number));
            await stores.DeleteAsync(store);
        }

        await stores.DeleteAsync(ingested);
        return new ResolutionReport(options.ResolveRecords, sample, ingest, rounds, problems);
    }

    private static void Print(ResolutionRound round)
    {
        ScenarioCommand.Report(round.Load);
        ScenarioCommand.Report(round.Engine.Measured);
        ScenarioCommand.Report(round.Full.Measured);
        var a = round.Accuracy;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {round.Engine.PairsCompared:N0} pairs compared ({round.Engine.PairsPerSecond ?? double.NaN:N0}/s in the compare stage); {a.Customers:N0} customers for {a.People:N0} people"));
        Console.WriteLine("  engine stages (alone): " + string.Join(", ", round.Engine.Stages.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Name} {s.Elapsed.TotalSeconds:F2} s"))));
        Console.WriteLine("  engine stages (in resolve --full): " + string.Join(", ", round.Full.Stages.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Name} {s.Elapsed.TotalSeconds:F2} s"))));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  incremental: {round.Incremental.Measured.Records:N0} new records in {round.Incremental.Measured.Elapsed.TotalSeconds:F2} s " +
            $"(incremental: {round.Incremental.WasIncremental}, {round.Incremental.PairsCompared:N0} pairs, {round.Incremental.CustomersReached:N0} customers reached); " +
            $"full rerun differs for {round.Incremental.Differences:N0} of {round.Incremental.Records:N0} records"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  pairwise precision {a.Precision:F4}, recall {a.Recall:F4}, F1 {a.F1:F4} ({a.CorrectPairs:N0} of {a.PredictedPairs:N0} predicted pairs correct, {a.TruePairs:N0} true pairs)"));
    }
}
