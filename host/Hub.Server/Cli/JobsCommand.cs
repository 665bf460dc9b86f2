using System.CommandLine;
using Hub.Core;
using Hub.Core.Sync;
using Hub.Server.Composition;
using Hub.Server.Serving;

namespace Hub.Server.Cli;

/// <summary>
/// <c>hub jobs [--json]</c>, <c>hub jobs trigger|pause|resume ID|--all</c>, <c>hub jobs schedule ID CRON</c>. With a hub
/// serving the data dir, they go through its API; without one, pause, resume and schedule change the store directly.
/// </summary>
public static class JobsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print JSON for scripts" };
        var command = new Command("jobs", "Sync jobs: schedule, state, next and previous firing, last run; trigger, pause, resume, reschedule")
        {
            json,
            CreateAction("trigger", "Start a sync now (needs a running 'hub serve'; 'hub sync ID' runs one in this terminal)", (c, id, ct) => c.TriggerAsync(id, full: false, ct)),
            CreateAction("pause", "Stop a connector's schedule from firing until resumed (--all: every connector, also ones added later)", (c, id, ct) => c.PauseAsync(id, ct)),
            CreateAction("resume", "Let a paused schedule fire again (--all: every connector, and forget a pause of all)", (c, id, ct) => c.ResumeAsync(id, ct)),
            CreateSchedule(),
        };
        command.SetAction((parse, cancellationToken) => RunAsync(parse, async (control, ct) =>
        {
            var jobs = await control.ListJobsAsync(ct);
            if (parse.GetValue(json)) CliJson.Print(jobs);
            else JobsView.Print(jobs);
            return 0;
        }, cancellationToken));
        return command;
    }

    /// <summary>Runs <paramref name="body"/> with the data dir's sync control (the serving hub's, or the store's).</summary>
    public static Task<int> RunAsync(ParseResult parse, Func<ISyncControl, CancellationToken, Task<int>> body, CancellationToken cancellationToken) =>
        CommandRunner.RunAsync(parse, async (services, ct) =>
        {
            await using var access = SyncControlAccess.Open(services.GetRequiredService<HubEnvironment>().DataDirectory, services);
            return await body(access.Control, ct);
        }, cancellationToken);

    private static Command CreateAction(string name, string description, Func<ISyncControl, string?, CancellationToken, Task<IReadOnlyList<SyncJobStatus>>> act)
    {
        var id = new Argument<string?>("id") { Description = "The connector", Arity = ArgumentArity.ZeroOrOne };
        var all = new Option<bool>("--all") { Description = "Every connector" };
        var json = new Option<bool>("--json") { Description = "Print the jobs afterwards as JSON" };
        var command = new Command(name, description) { id, all, json };
        command.SetAction((parse, cancellationToken) => RunAsync(parse, async (control, ct) =>
        {
            var connector = parse.GetValue(id);
            if ((connector is null) == !parse.GetValue(all))
                throw new UserFacingException($"name one connector or give --all, e.g. 'hub jobs {name} shop-eu' or 'hub jobs {name} --all'");
            var jobs = await act(control, connector, ct);
            if (parse.GetValue(json)) CliJson.Print(jobs);
            else JobsView.Print(jobs);
            return 0;
        }, cancellationToken));
        return command;
    }

    private static Command CreateSchedule()
    {
        var id = new Argument<string>("id") { Description = "The connector" };
        var cron = new Argument<string>("cron") { Description = "Cron, e.g. '*/15 * * * *' or Quartz '0 0/15 * * * ?' (quote it)" };
        var command = new Command("schedule", "Give a connector a new schedule, in effect at once (a pause stays)") { id, cron };
        command.SetAction((parse, cancellationToken) => RunAsync(parse, async (control, ct) =>
        {
            var job = await control.SetScheduleAsync(parse.GetValue(id)!, parse.GetValue(cron)!, ct);
            JobsView.Print([job]);
            return 0;
        }, cancellationToken));
        return command;
    }
}
