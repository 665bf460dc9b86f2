using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Hub.Api;
using Hub.Core.Model;
using Hub.Core.Storage;
using Hub.Core.Sync;
using Hub.Pipeline.Connectors;
using Hub.Pipeline.Resolution;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Server.Demo;

/// <summary>
/// What <c>hub demo</c> does once the hub runs: configures one connector per sample channel, syncs the call center,
/// shop and GitHub through their plugins, posts the app's Segment traffic to the hub's ingest endpoint, unifies
/// identities and tells the user what came out and how to query it.
/// </summary>
public static class DemoScenario
{
    /// <summary>How many people the sample has; a few hundred, enough to show overlaps and the 20/80 rule.</summary>
    public const int SamplePeople = 300;

    private const string MobileWriteKey = "demo-write-key";

    /// <summary>
    /// Runs the scenario against a started hub listening at <paramref name="hubAddress"/>; the example queries name
    /// <paramref name="servedAddress"/>, where the user will find the hub afterwards.
    /// </summary>
    public static async Task RunAsync(IServiceProvider services, DemoChannels channels, Uri hubAddress, Uri servedAddress, CancellationToken cancellationToken)
    {
        await ConfigureConnectorsAsync(services, channels, cancellationToken);
        Console.WriteLine($"Sample of {SamplePeople} people across call center, shop, mobile app and GitHub; syncing through the plugins:");

        var sync = services.GetRequiredService<ISyncRunner>();
        var totals = new RunCounts();
        foreach (var (connector, what) in new[] { ("callcenter", "Asterisk CDR file"), ("shop", "Shopify-compatible shop"), ("github", "GitHub repository") })
        {
            var run = await sync.SyncAsync(connector, "demo", full: false, progress: null, cancellationToken);
            if (run.Outcome != RunOutcome.Succeeded)
                throw new InvalidOperationException($"the demo's {connector} sync {run.Outcome.ToString().ToLowerInvariant()}: {run.Error}");
            totals = totals.Add(run.Counts);
            Console.WriteLine($"  {connector,-11} {what,-26} {run.Counts.Read,6:N0} read, {run.Counts.Inserted,6:N0} new, {run.Counts.Warned:N0} warned, {run.Counts.Quarantined:N0} quarantined");
        }

        var pushed = await PushMobileAsync(channels, hubAddress, cancellationToken);
        Console.WriteLine($"  {"mobile",-11} {"Segment batches posted",-26} {pushed,6:N0} messages to {hubAddress.AbsoluteUri.TrimEnd('/')}/ingest/mobile/v1/batch");

        var resolution = await services.GetRequiredService<ResolutionService>().ResolveAsync(full: true, cancellationToken);
        await PrintSummaryAsync(services, resolution, totals, cancellationToken);
        await DemoMining.RunAsync(services, cancellationToken);
        Console.WriteLine();
        var key = await services.GetRequiredService<ApiKeyService>().CreateAsync(ApiRole.Reader, pii: true, cancellationToken);
        PrintExamples(servedAddress, key);
    }

    private static async Task ConfigureConnectorsAsync(IServiceProvider services, DemoChannels channels, CancellationToken cancellationToken)
    {
        var store = services.GetRequiredService<IConnectorStore>();
        var connectors = services.GetRequiredService<ConnectorService>();
        var wanted = new (string Id, string Plugin, Dictionary<string, string> Settings)[]
        {
            ("callcenter", "callcenter", new() { ["path"] = channels.CdrFolder, ["timeZone"] = "UTC" }),
            ("shop", "commerce", new() { ["baseUrl"] = channels.Shop.BaseAddress.AbsoluteUri, ["accessToken"] = channels.Shop.AccessToken }),
            ("github", "github", new() { ["repos"] = DemoChannels.Repository, ["baseUrl"] = channels.GitHub.BaseAddress.AbsoluteUri }),
            ("mobile", "mobile", new() { ["writeKey"] = MobileWriteKey }),
        };
        foreach (var (id, plugin, settings) in wanted)
        {
            // A re-run meets connectors of an earlier demo whose sample servers had other ports: replace them.
            // Their records and checkpoints stay, so a re-run stores nothing twice.
            await store.RemoveAsync(id, cancellationToken);
            await connectors.AddAsync(id, plugin, schedule: null, settings, cancellationToken);
        }
    }

    private static async Task<int> PushMobileAsync(DemoChannels channels, Uri hubAddress, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = hubAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(MobileWriteKey + ":")));
        var messages = 0;
        foreach (var batch in channels.MobileBatches)
        {
            using var response = await http.PostAsync(new Uri("ingest/mobile/v1/batch", UriKind.Relative), new StringContent(batch, Encoding.UTF8, "application/json"), cancellationToken);
            if (!response.IsSuccessStatusCode)
                throw new InvalidOperationException($"the hub refused the demo's mobile batch: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
            messages += batch.Split("\"messageId\"", StringSplitOptions.None).Length - 1;
        }

        return messages;
    }

    private static async Task PrintSummaryAsync(IServiceProvider services, ResolutionSummary resolution, RunCounts totals, CancellationToken cancellationToken)
    {
        var queries = services.GetRequiredService<ICustomerQueries>();
        var (orders, attached) = await queries.CountOrdersAsync(cancellationToken);
        var sources = await queries.CountRecordsBySourceAsync(cancellationToken);
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Records in: {resolution.Records:N0} customer records from {sources.Count} sources ({string.Join(", ", sources.Select(s => $"{s.Source} {s.Records:N0}"))})"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Customers out: {resolution.Customers:N0} unified customers ({resolution.Records - resolution.Customers:N0} records merged across channels; the sample has {SamplePeople} real people)"));
        Console.WriteLine($"Orders: {orders:N0}, {attached:N0} attached to customers; {totals.Warned:N0} warned and {totals.Quarantined:N0} quarantined while syncing (hub quarantine list)");
        Console.WriteLine();
    }

    private static void PrintExamples(Uri hubAddress, string key)
    {
        var endpoint = hubAddress.AbsoluteUri.TrimEnd('/') + "/graphql";
        Console.WriteLine("Try it (a reader key with personal-data access was created for you):");
        Console.WriteLine($"  curl -s {endpoint} -H 'Authorization: Bearer {key}' -H 'Content-Type: application/json' \\");
        Console.WriteLine("    -d '{\"query\":\"{ customers(first: 5) { totalCount edges { node { id displayName emails phones sources { source sourceId } } } } }\"}'");
        Console.WriteLine($"  curl -s {endpoint} -H 'Authorization: Bearer {key}' -H 'Content-Type: application/json' \\");
        Console.WriteLine("    -d '{\"query\":\"{ plugins { id version status message } }\"}'");
        Console.WriteLine("  hub export clusters clusters.csv    # source,source_id,customer_id for every record");
    }
}
