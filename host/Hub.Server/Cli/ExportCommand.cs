using System.CommandLine;
using System.Globalization;
using CsvHelper;
using Hub.Core.Model;
using Hub.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Server.Cli;

/// <summary><c>hub export clusters FILE.csv</c>.</summary>
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

        return new Command("export", "Export data as CSV") { clusters };
    }
}
