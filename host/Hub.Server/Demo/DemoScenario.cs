using System.Globalization;
using Hub.Api;
using Hub.Core.Model;
using Hub.Core.Storage;
using Hub.Pipeline.Ingest;
using Hub.Pipeline.Resolution;
using Hub.SampleData;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Server.Demo;

/// <summary>
/// What <c>hub demo</c> does before serving: writes sample data of the four channels (with people who appear in
/// several of them), imports it, resolves identities and tells the user what came out and how to query it.
/// </summary>
public static class DemoScenario
{
    /// <summary>How many people the sample has; a few hundred, enough to show overlaps and the 20/80 rule.</summary>
    public const int SamplePeople = 300;

    private static readonly (string Stream, string File, string Source)[] Imports =
    [
        ("customers", "callcenter-customers.csv", "callcenter"),
        ("customers", "shop-customers.csv", "shop"),
        ("orders", "shop-orders.csv", "shop"),
        ("customers", "mobile-customers.csv", "mobile"),
        ("customers", "github-customers.csv", "github"),
    ];

    /// <summary>Runs the scenario and prints its summary; returns the API key it created for the example queries.</summary>
    public static async Task<string> RunAsync(IServiceProvider services, string dataDirectory, string baseUrl, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(dataDirectory, "demo");
        new SampleDataGenerator(new SampleDataOptions(SamplePeople)).WriteCsv(folder);
        Console.WriteLine($"Sample data of {SamplePeople} people across call center, shop, mobile app and GitHub written to {folder}");

        var import = services.GetRequiredService<ImportService>();
        var totals = new RunCounts();
        foreach (var (stream, file, source) in Imports)
        {
            var run = await import.ImportAsync(stream, Path.Combine(folder, file), source, map: null, progress: null, cancellationToken);
            totals = totals.Add(run.Counts);
            Console.WriteLine($"  {source,-11} {stream,-10} {run.Counts.Read,6:N0} rows: {run.Counts.Inserted:N0} new, {run.Counts.Warned:N0} warned, {run.Counts.Quarantined:N0} quarantined");
        }

        var resolution = await services.GetRequiredService<ResolutionService>().ResolveAsync(full: true, cancellationToken);
        var queries = services.GetRequiredService<ICustomerQueries>();
        var (orders, attached) = await queries.CountOrdersAsync(cancellationToken);
        var sources = await queries.CountRecordsBySourceAsync(cancellationToken);
        var key = await services.GetRequiredService<ApiKeyService>().CreateAsync(ApiRole.Reader, pii: true, cancellationToken);

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Records in: {resolution.Records:N0} customer records from {sources.Count} sources ({string.Join(", ", sources.Select(s => $"{s.Source} {s.Records:N0}"))})"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Customers out: {resolution.Customers:N0} unified customers ({resolution.Records - resolution.Customers:N0} duplicates merged across channels)"));
        Console.WriteLine($"Orders: {orders:N0}, {attached:N0} attached to customers; warnings and quarantine: {totals.Warned:N0} warned, {totals.Quarantined:N0} quarantined (hub quarantine list)");
        Console.WriteLine();
        PrintExamples(baseUrl, key);
        return key;
    }

    private static void PrintExamples(string baseUrl, string key)
    {
        var endpoint = baseUrl.TrimEnd('/') + "/graphql";
        Console.WriteLine("Try it (a reader key with personal-data access was created for you):");
        Console.WriteLine($"  curl -s {endpoint} -H 'Authorization: Bearer {key}' -H 'Content-Type: application/json' \\");
        Console.WriteLine("    -d '{\"query\":\"{ customers(first: 5) { totalCount edges { node { id displayName emails phones sources { source sourceId } } } } }\"}'");
        Console.WriteLine($"  curl -s {endpoint} -H 'Authorization: Bearer {key}' -H 'Content-Type: application/json' \\");
        Console.WriteLine("    -d '{\"query\":\"{ plugins { id version status message } }\"}'");
        Console.WriteLine("  hub export clusters clusters.csv    # source,source_id,customer_id for every record");
    }
}
