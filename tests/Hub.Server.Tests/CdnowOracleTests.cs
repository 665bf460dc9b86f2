using System.Globalization;
using System.Text;
using System.Text.Json;
using Hub.Testing;

namespace Hub.Server.Tests;

/// <summary>
/// The lifetime-value models against their published fit: CDNOW's transactions go in through the hub's own order path
/// (<c>hub import orders</c>), <c>hub mine --as-of</c> fits BG/NBD and Gamma-Gamma on the calibration period, and the
/// fitted parameters must match Fader, Hardie and Lee's within 1%.
/// </summary>
public sealed class CdnowOracleTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Bg_nbd_and_gamma_gamma_fitted_by_hub_mine_on_imported_cdnow_orders_match_the_published_parameters()
    {
        var transactions = BenchmarkData.File("cdnow/CDNOW_sample.txt");
        var (customers, orders) = WriteImportFiles(transactions);
        var hub = new HubProcess(Path.Combine(_folder.Path, "data"));

        (await hub.RunAsync("import", "customers", customers, "--source", "cdnow")).AssertSuccess();
        (await hub.RunAsync("import", "orders", orders, "--source", "cdnow")).AssertSuccess();
        (await hub.RunAsync("resolve")).AssertSuccess();
        (await hub.RunAsync("mine", "--as-of", "1997-09-30", "--miner", "clv")).AssertSuccess();

        var parameters = ClvParameters((await hub.RunAsync("mine", "runs", "--miner", "clv", "--json")).AssertSuccess().Stdout);
        var published = new Dictionary<string, double>
        {
            ["bgnbd.r"] = 0.243, ["bgnbd.alpha"] = 4.414, ["bgnbd.a"] = 0.793, ["bgnbd.b"] = 2.426,
            ["gammagamma.p"] = 6.25, ["gammagamma.q"] = 3.74, ["gammagamma.v"] = 15.45,
        };
        foreach (var (name, expected) in published)
        {
            Assert.True(parameters.TryGetValue(name, out var fitted), $"the clv run recorded no {name}: {string.Join(", ", parameters.Keys)}");
            Assert.True(Math.Abs(fitted - expected) <= 0.01 * expected, $"{name} = {fitted}, published {expected} (more than 1% off)");
        }
    }

    // CDNOW_sample.txt: customer id, an id of the original master file, yyyymmdd, CDs bought, dollar value. Every line is
    // an order (order_id = its line number, in USD); customers are imported by id alone so that the orders attach.
    private (string Customers, string Orders) WriteImportFiles(string transactions)
    {
        var customers = new StringBuilder("source_id\n");
        var orders = new StringBuilder("customer_source_id,order_id,ordered_at,amount,currency\n");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var line = 0;
        foreach (var text in File.ReadLines(transactions))
        {
            var fields = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 5) continue;
            line++;
            var customer = fields[0];
            if (seen.Add(customer)) customers.Append(customer).Append('\n');
            var day = DateOnly.ParseExact(fields[2], "yyyyMMdd", CultureInfo.InvariantCulture);
            orders.Append(CultureInfo.InvariantCulture, $"{customer},{line},{day:yyyy-MM-dd}T00:00:00Z,{fields[4]},USD\n");
        }

        return (_folder.Write("cdnow-customers.csv", customers.ToString()), _folder.Write("cdnow-orders.csv", orders.ToString()));
    }

    // The newest clv run's parameters from 'hub mine runs --json'.
    private static Dictionary<string, double> ClvParameters(string json)
    {
        var runs = JsonDocument.Parse(json).RootElement;
        var newest = runs.EnumerateArray().First();
        var parameters = newest.GetProperty("parameters");
        return parameters.ValueKind == JsonValueKind.Array
            ? parameters.EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("value").GetDouble())
            : parameters.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble());
    }

    public void Dispose() => _folder.Dispose();
}
