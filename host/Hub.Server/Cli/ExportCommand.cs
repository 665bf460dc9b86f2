using System.CommandLine;
using System.Globalization;
using CsvHelper;
using Hub.Core.Model;
using Hub.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Server.Cli;

/// <summary><c>hub export clusters FILE.csv</c> and <c>hub export customers FILE.csv</c>.</summary>
public static class ExportCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The CSV file to write" };
        var clusters = new Command("clusters", "Write source,source_id,customer_id: one row per source record") { file };
        clusters.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(parse, async (services, ct) =>
        {
            var path = parse.GetValue(file)!.FullName;
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var rows = 0L;
            using (var csv = CsvWriter.ToFile(path, CsvWriterOptions.Default with { NewLine = "\n", FormatProvider = CultureInfo.InvariantCulture }, FileOptions.SequentialScan))
            {
                csv.WriteHeader(["source", "source_id", "customer_id"]);
                await foreach (var row in services.GetRequiredService<ICustomerQueries>().ReadClustersAsync(ct))
                {
                    csv.WriteRecord([row.Source, row.SourceId, CustomerId.Format(row.CustomerNumber)]);
                    rows++;
                }
            }

            Console.WriteLine($"Wrote {rows:N0} rows to {path}");
            if (rows == 0) Console.Error.WriteLine("no resolved records yet: import customers, then run 'hub resolve'");
            return 0;
        }, cancellationToken));

        return new Command("export", "Export data as CSV") { clusters, CreateCustomers() };
    }

    // Pages of golden records in number order, with the sources of each page's records loaded in one query.
    private const int CustomerPage = 1000;

    private static Command CreateCustomers()
    {
        var file = new Argument<FileInfo>("file") { Description = "The CSV file to write" };
        var customers = new Command("customers", "Write one row per customer: golden fields, all e-mails and phones, record count, sources, lineage, orders and interactions in brief") { file };
        customers.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(parse, async (services, ct) =>
        {
            var path = parse.GetValue(file)!.FullName;
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var queries = services.GetRequiredService<ICustomerQueries>();
            var rows = 0L;
            using (var csv = CsvWriter.ToFile(path, CsvWriterOptions.Default with { NewLine = "\n", FormatProvider = CultureInfo.InvariantCulture }, FileOptions.SequentialScan))
            {
                csv.WriteHeader(["customer_id", .. GoldenFields.All, "emails", "phones", "record_count", "sources", "lineage", .. ActivityColumns]);
                long? after = null;
                while (true)
                {
                    var page = await queries.ListCustomersAsync(after, CustomerPage, ct);
                    if (page.Count == 0) break;
                    var records = await queries.GetRecordsOfCustomersAsync(page.Select(c => c.Number).ToList(), ct);
                    foreach (var customer in page)
                    {
                        var sources = records[customer.Number].Select(r => r.Source).Distinct(StringComparer.Ordinal);
                        csv.WriteRecord([
                            customer.Id,
                            .. GoldenFields.All.Select(f => GoldenFields.ValueOf(customer, f) ?? ""),
                            string.Join(';', customer.Emails),
                            string.Join(';', customer.Phones),
                            customer.RecordCount.ToString(CultureInfo.InvariantCulture),
                            string.Join(';', sources),
                            Lineage(customer),
                            .. Activity(customer.Activity),
                        ]);
                        rows++;
                    }

                    after = page[^1].Number;
                }
            }

            Console.WriteLine($"Wrote {rows:N0} customers to {path}");
            if (rows == 0) Console.Error.WriteLine("no customers yet: import customers, then run 'hub resolve'");
            return 0;
        }, cancellationToken));
        return customers;
    }

    // Last, so scripts reading the columns before them by position keep working.
    private static readonly string[] ActivityColumns =
        ["order_count", "first_order_at", "last_order_at", "interaction_count", "first_interaction_at", "last_interaction_at"];

    private static string[] Activity(CustomerActivity activity) =>
    [
        activity.OrderCount.ToString(CultureInfo.InvariantCulture), Time(activity.FirstOrderAt), Time(activity.LastOrderAt),
        activity.InteractionCount.ToString(CultureInfo.InvariantCulture), Time(activity.FirstInteractionAt), Time(activity.LastInteractionAt),
    ];

    private static string Time(DateTimeOffset? time) =>
        time is { } t ? t.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture) : "";

    // field=source:id@rule@changed, ';' between fields: one cell a spreadsheet shows whole and a script splits easily.
    private static string Lineage(GoldenCustomer customer) => string.Join(';',
        from field in GoldenFields.All
        where customer.Lineage.ContainsKey(field)
        let origin = customer.Lineage[field]
        select string.Create(CultureInfo.InvariantCulture, $"{field}={origin.Source}:{origin.SourceId}@{origin.Rule}@{origin.ChangedAt.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}"));
}
