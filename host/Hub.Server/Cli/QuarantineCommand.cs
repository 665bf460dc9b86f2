using System.CommandLine;
using Hub.Core;
using Hub.Core.Storage;
using Hub.Pipeline.Quarantine;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Server.Cli;

/// <summary><c>hub quarantine list [--source NAME]</c>: input that was kept instead of stored, with the reason.</summary>
public static class QuarantineCommand
{
    private static Command CreateShow()
    {
        var id = new Argument<long>("id") { Description = "The item's number (#N in the list)" };
        var show = new Command("show", "Show one item: where it came from, why it is held, its whole payload") { id };
        show.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(parse, async (services, ct) =>
        {
            var number = parse.GetValue(id);
            var item = await services.GetRequiredService<IIngestStore>().GetQuarantineItemAsync(number, ct)
                ?? throw new UserFacingException($"there is no quarantined item #{number}; 'hub quarantine list' shows the ones held");
            Console.WriteLine($"item:     #{item.Id}");
            Console.WriteLine($"source:   {item.Source} ({item.Stream})");
            Console.WriteLine($"position: {item.Position ?? "-"}");
            Console.WriteLine($"run:      {item.RunId}, at {item.CreatedAt:yyyy-MM-dd HH:mm:ss} UTC");
            Console.WriteLine($"reason:   {item.Reason}");
            Console.WriteLine($"state:    {(item.ReleasedRunId is { } run ? $"stored by retry run {run}" : "held")}");
            Console.WriteLine("payload:");
            Console.WriteLine(item.RawPayload);
            return 0;
        }, cancellationToken));
        return show;
    }

    private static Command CreateRetry()
    {
        var id = new Argument<long>("id") { Description = "The item's number (#N in the list)" };
        var retry = new Command("retry", "Read a held item again through its plugin and store it if it now passes") { id };
        retry.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(parse, async (services, ct) =>
        {
            var number = parse.GetValue(id);
            var result = await services.GetRequiredService<QuarantineService>().RetryAsync(number, ct);
            if (result.Stored)
            {
                Console.WriteLine($"Stored item #{number} ({result.Records} records, run {result.RunId}); it is released from quarantine");
                return 0;
            }

            await Console.Error.WriteLineAsync($"error: item #{number} is still held: {result.Reason}");
            return CommandRunner.UserError;
        }, cancellationToken));
        return retry;
    }

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
        return new Command("quarantine", "Inspect input that could not be stored, and store it once the cause is fixed") { list, CreateShow(), CreateRetry() };
    }
}
