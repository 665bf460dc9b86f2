using System.CommandLine;
using System.Globalization;
using Hub.Core;
using Hub.Core.Storage;
using Hub.Core.Sync;

namespace Hub.Server.Cli;

/// <summary>
/// <c>hub checkpoint show ID [--json]</c>, <c>hub checkpoint set ID VALUE [--reason]</c>, <c>hub checkpoint reset ID [--reason]</c>.
/// Changes are audited (who, when, old and new value) and wait for a running sync of the connector to end.
/// </summary>
public static class CheckpointCommand
{
    private const int HistoryShown = 10;

    /// <summary>Builds the command.</summary>
    public static Command Create() => new("checkpoint", "Show, set or reset where a connector's next sync resumes (audited)")
    {
        CreateShow(), CreateSet(), CreateReset(),
    };

    private static Command CreateShow()
    {
        var id = new Argument<string>("id") { Description = "The connector" };
        var json = new Option<bool>("--json") { Description = "Print JSON for scripts" };
        var command = new Command("show", "Show a connector's checkpoint and its recent changes") { id, json };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(parse, async (services, ct) =>
        {
            var connector = parse.GetValue(id)!;
            if (await services.GetRequiredService<IConnectorStore>().GetAsync(connector, ct) is null)
                throw new UserFacingException($"there is no connector '{connector}'; 'hub connectors list' shows the ones there are");
            var checkpoints = services.GetRequiredService<ICheckpointStore>();
            var current = await checkpoints.GetAsync(connector, ct);
            var changes = await checkpoints.ListChangesAsync(connector, HistoryShown, ct);
            if (parse.GetValue(json))
            {
                CliJson.Print(new { connector, checkpoint = current, changes });
                return 0;
            }

            Console.WriteLine(current is null
                ? $"{connector}: no checkpoint; its next sync reads from the start"
                : $"{connector}: {current.Value} (written {Time(current.UpdatedAt)} UTC by {(current.RunId == 0 ? "an operator" : $"run {current.RunId}")})");
            foreach (var change in changes) Console.WriteLine("  " + Describe(change));
            return 0;
        }, cancellationToken));
        return command;
    }

    private static Command CreateSet()
    {
        var id = new Argument<string>("id") { Description = "The connector" };
        var value = new Argument<string>("value") { Description = "The checkpoint, in the connector's own encoding (as 'show' prints it)" };
        var reason = new Option<string?>("--reason") { Description = "Why; kept in the audit" };
        var command = new Command("set", "Make the connector's next sync resume from VALUE") { id, value, reason };
        command.SetAction((parse, cancellationToken) => ChangeAsync(parse, parse.GetValue(id)!, parse.GetValue(value), parse.GetValue(reason), cancellationToken));
        return command;
    }

    private static Command CreateReset()
    {
        var id = new Argument<string>("id") { Description = "The connector" };
        var reason = new Option<string?>("--reason") { Description = "Why; kept in the audit" };
        var command = new Command("reset", "Make the connector's next sync read its source from the start") { id, reason };
        command.SetAction((parse, cancellationToken) => ChangeAsync(parse, parse.GetValue(id)!, null, parse.GetValue(reason), cancellationToken));
        return command;
    }

    private static Task<int> ChangeAsync(ParseResult parse, string connector, string? value, string? reason, CancellationToken cancellationToken) =>
        JobsCommand.RunAsync(parse, async (control, ct) =>
        {
            // Without a serving hub the command writes itself; with one, the hub records its local key's user the same way.
            var change = await control.SetCheckpointAsync(connector, value, $"cli:{Environment.UserName}", reason, ct);
            Console.WriteLine(Describe(change));
            return 0;
        }, cancellationToken);

    private static string Describe(CheckpointChange change) =>
        $"#{change.Id} {Time(change.ChangedAt)} UTC {change.Actor}: {change.OldValue ?? "(start)"} -> {change.NewValue ?? "(start)"}" +
        (change.Reason is null ? "" : $" ({change.Reason})");

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
