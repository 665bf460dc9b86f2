using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Hub.Core.Storage;
using Hub.Pipeline.Ingest;
using Hub.Pipeline.Resolution;

namespace Hub.Benchmarks.Scenarios.Mining;

/// <summary>
/// The store issue 7's mining scenario mines: distinct customers (no two of them match) with their orders spread over
/// three years, imported as <c>hub import customers|orders</c> imports them and resolved as <c>hub resolve --full</c>
/// resolves them. Building it takes minutes, so it is kept between runs in the temp folder, keyed by size, and reused
/// while its marker says it was built whole.
/// </summary>
/// <param name="DataDirectory">The hub's data dir; the database is <c>hub.db</c> inside.</param>
/// <param name="Customers">Customers in the store.</param>
/// <param name="Orders">Orders in the store, every one attached to its customer.</param>
/// <param name="BuildTime">How long building took (generate, import, resolve), when it was built.</param>
/// <param name="Reused">Whether this run found it built by an earlier run.</param>
internal sealed record MiningStore(string DataDirectory, int Customers, long Orders, TimeSpan BuildTime, bool Reused)
{
    private const int Seed = 42;
    private const string MarkerFile = "built.json";
    private const string Source = "shop";
    private static readonly DateOnly FirstDay = new(2023, 1, 1);
    private const int Days = 3 * 365;

    public string DatabasePath => Path.Combine(DataDirectory, "hub.db");

    public static async Task<MiningStore> PrepareAsync(int customers, int orders, string work, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "hub-bench-cache", $"mining-seed{Seed}-customers{customers}-orders{orders}");
        var marker = Path.Combine(folder, MarkerFile);
        if (File.Exists(marker) && JsonSerializer.Deserialize<MiningStore>(await File.ReadAllTextAsync(marker, cancellationToken)) is { } built)
        {
            Console.WriteLine($"Mining store: reusing {built.Customers:N0} customers with {built.Orders:N0} orders built earlier ({folder})");
            return built with { DataDirectory = folder, Reused = true };
        }

        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        Directory.CreateDirectory(work);
        Console.WriteLine($"Mining store: generating {customers:N0} customers with {orders:N0} orders, importing and resolving them; kept in {folder}");
        var stopwatch = Stopwatch.StartNew();
        var (customerFile, orderFile) = await WriteFilesAsync(customers, orders, work, cancellationToken);
        var store = Path.Combine(folder, "hub.db");
        await using (var hub = await HubServices.OpenAsync(store, cancellationToken))
        {
            await hub.Get<ImportService>().ImportAsync("customers", customerFile, Source, map: null, progress: null, cancellationToken);
            await hub.Get<ImportService>().ImportAsync("orders", orderFile, Source, map: null, progress: null, cancellationToken);
            var summary = await hub.Get<ResolutionService>().ResolveAsync(full: true, cancellationToken);
            Console.WriteLine($"  resolved {summary.Records:N0} records into {await hub.Get<ICustomerQueries>().CountCustomersAsync(cancellationToken):N0} customers");
        }

        var result = new MiningStore(folder, customers, orders, stopwatch.Elapsed, Reused: false);
        File.Delete(customerFile);
        File.Delete(orderFile);
        await File.WriteAllTextAsync(marker, JsonSerializer.Serialize(result), cancellationToken);
        Console.WriteLine($"  built in {result.BuildTime.TotalSeconds:F0} s");
        return result;
    }

    // Order counts are skewed as shops' are (many buy once, a few buy often) and average orders / customers; each
    // customer's orders fall between a first day and the end, with amounts of a few to a few hundred dollars.
    private static async Task<(string Customers, string Orders)> WriteFilesAsync(int customers, int orders, string work, CancellationToken cancellationToken)
    {
        var random = new Random(Seed);
        var customerPath = Path.Combine(work, "mining-customers.csv");
        var orderPath = Path.Combine(work, "mining-orders.csv");
        await using var customerFile = new StreamWriter(customerPath, append: false, Encoding.UTF8);
        await using var orderFile = new StreamWriter(orderPath, append: false, Encoding.UTF8);
        await customerFile.WriteLineAsync("source_id,full_name,email,country".AsMemory(), cancellationToken);
        await orderFile.WriteLineAsync("customer_source_id,order_id,ordered_at,amount,currency".AsMemory(), cancellationToken);
        var mean = (double)orders / customers;
        long written = 0;
        var line = new StringBuilder();
        for (var i = 0; i < customers; i++)
        {
            var id = "m" + i.ToString(CultureInfo.InvariantCulture);
            await customerFile.WriteLineAsync($"{id},Mining Customer {i},{id}@example.com,US".AsMemory(), cancellationToken);
            // Exponentially distributed counts (at least one) with the wanted mean; the last customers take up the rest.
            var left = orders - written;
            var count = i == customers - 1 ? left : Math.Min(left, 1 + (long)(-Math.Log(1 - random.NextDouble()) * (mean - 1)));
            var firstDay = random.Next(Days);
            for (var n = 0; n < count; n++)
            {
                var day = FirstDay.AddDays(firstDay + random.Next(Days - firstDay));
                var amount = 5 + random.NextDouble() * random.NextDouble() * 400;
                line.Clear().Append(CultureInfo.InvariantCulture, $"{id},{id}-{n},{day:yyyy-MM-dd}T12:00:00Z,{amount:F2},USD");
                await orderFile.WriteLineAsync(line, cancellationToken);
            }

            written += count;
        }

        return (customerPath, orderPath);
    }
}
