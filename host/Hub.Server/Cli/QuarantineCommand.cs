using System.CommandLine;
using Hub.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Server.Cli;

/// <summary><c>hub quarantine list [--source NAME]</c>: input that was kept instead of stored, with the reason.</summary>
public static class QuarantineCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var source = new Option<string?>("--source") { Description = "Only this source" };
        var limit = new Option<int>("--limit") { Description = "At most this many, newest first", DefaultValueFactory = _ => 50 };
        var list = new Command("list", "List quarantined input with position and reason") { source, limit };
        list.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(parse, async (services, ct) =>
        {
            var items = await services.GetRequiredService<IIngestStore>().ListQuarantineAsync(parse.GetValue(source), parse.GetValue(limit), ct);
            foreach (var item in items)
                Console.WriteLine($"#{item.Id} run {item.RunId} {item.Source}/{item.Stream} {item.Position}: {item.Reason}\n    {item.RawPayload}");
            if (items.Count == 0) Console.WriteLine("Quarantine is empty.");
            return 0;
        }, cancellationToken));
        return new Command("quarantine", "Inspect input that could not be stored") { list };
    }
}
