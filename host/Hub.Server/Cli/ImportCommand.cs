using System.CommandLine;
using Hub.Pipeline.Ingest;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Server.Cli;

/// <summary><c>hub import customers|orders FILE.csv --source NAME [--map col=field,...]</c>.</summary>
public static class ImportCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var import = new Command("import", "Import records from a CSV file (idempotent: importing the same file again changes nothing)");
        import.Subcommands.Add(CreateFor("customers", "source_id, full_name, given_name, family_name, email, phone, street, city, postcode, country, birth_date, company, external_id, kind"));
        import.Subcommands.Add(CreateFor("orders", "customer_source_id, order_id, ordered_at, amount, currency"));
        return import;
    }

    private static Command CreateFor(string stream, string columns)
    {
        var file = new Argument<FileInfo>("file") { Description = "The CSV file (UTF-8, header row)" };
        var source = new Option<string>("--source") { Description = "The source system the rows come from, e.g. shop or callcenter", Required = true };
        var map = new Option<string?>("--map") { Description = "Rename columns: csvColumn=canonicalField,..." };
        var command = new Command(stream, $"Import {stream}; canonical columns: {columns}") { file, source, map };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(parse, async (services, ct) =>
        {
            var path = parse.GetValue(file)!.FullName;
            var run = await ProgressDisplay.RunAsync($"Importing {Path.GetFileName(path)}", progress =>
                services.GetRequiredService<ImportService>().ImportAsync(stream, path, parse.GetValue(source)!, parse.GetValue(map), progress, ct));
            return RunReport.Print(run, $"Imported {stream} from {Path.GetFileName(path)}");
        }, cancellationToken));
        return command;
    }
}
