using GraphQL;
using GraphQL.Types;
using Hub.Core;
using Hub.Core.Model;
using Hub.Core.Sync;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Graph.Sync;

/// <summary>
/// Sync control for operator keys: the same operations as <c>hub jobs</c> and <c>hub checkpoint</c> (which call these
/// when a hub serves). A mistake (an unknown connector, a bad cron) is a <c>BAD_USER_INPUT</c> error and changes nothing.
/// </summary>
internal static class SyncMutationFields
{
    private const string ConnectorDescription = "The connector instance, as syncJobs lists it. Leave it out and set all: true to act on every connector.";
    private const string AllDescription = "Act on every connector (and, for pauseSync, on connectors scheduled later too, until resumeSync(all: true)).";

    public static void Add(ObjectGraphType mutation)
    {
        mutation.Field<SyncJobsPayloadType, IReadOnlyList<SyncJobStatus>>("triggerSync")
            .Description("Starts a sync now, scheduled or not and paused or not; a sync of the connector already running finishes first.")
            .RequireRole(ApiRole.Operator)
            .Argument<StringGraphType>("connector", ConnectorDescription)
            .Argument<BooleanGraphType>("all", AllDescription)
            .Argument<BooleanGraphType>("full", "Read everything again instead of resuming from the last checkpoint (default false).")
            .ResolveAsync(c => RunAsync(c, (control, ct) => control.TriggerAsync(Target(c), c.GetArgument("full", false), ct)));

        mutation.Field<SyncJobsPayloadType, IReadOnlyList<SyncJobStatus>>("pauseSync")
            .Description("Stops a connector's schedule from firing until resumed (kept across restarts); a running sync finishes.")
            .RequireRole(ApiRole.Operator)
            .Argument<StringGraphType>("connector", ConnectorDescription)
            .Argument<BooleanGraphType>("all", AllDescription)
            .ResolveAsync(c => RunAsync(c, (control, ct) => control.PauseAsync(Target(c), ct)));

        mutation.Field<SyncJobsPayloadType, IReadOnlyList<SyncJobStatus>>("resumeSync")
            .Description("Lets a paused schedule fire again; a slot missed while paused runs once.")
            .RequireRole(ApiRole.Operator)
            .Argument<StringGraphType>("connector", ConnectorDescription)
            .Argument<BooleanGraphType>("all", "Resume every connector, and forget an all-connectors pause.")
            .ResolveAsync(c => RunAsync(c, (control, ct) => control.ResumeAsync(Target(c), ct)));

        mutation.Field<SetSyncSchedulePayloadType, SyncJobStatus>("setSyncSchedule")
            .Description("Gives a connector a new cron schedule, stored with the connector and in effect at once; a pause stays.")
            .RequireRole(ApiRole.Operator)
            .Argument<NonNullGraphType<StringGraphType>>("connector", "The connector instance.")
            .Argument<NonNullGraphType<StringGraphType>>("cron", "Standard 5-field cron ('*/15 * * * *'), Quartz cron with seconds ('0 0/15 * * * ?') or @hourly/@daily.")
            .ResolveAsync(c => RunAsync(c, (control, ct) => control.SetScheduleAsync(c.GetArgument<string>("connector"), c.GetArgument<string>("cron"), ct)));

        mutation.Field<SetCheckpointPayloadType, CheckpointResult>("setCheckpoint")
            .Description("Sets where a connector's next sync resumes (null value: from the start), audited with the key and reason. " +
                "Waits for a running sync of the connector to end first, and refuses when it does not end in time.")
            .RequireRole(ApiRole.Operator)
            .Argument<NonNullGraphType<StringGraphType>>("connector", "The connector instance.")
            .Argument<StringGraphType>("value", "The checkpoint, in the connector's own encoding (as 'hub checkpoint show' prints it); null resets it.")
            .Argument<StringGraphType>("reason", "Why, in your words; kept in the audit.")
            .ResolveAsync(c => RunAsync(c, async (control, ct) =>
            {
                var connector = c.GetArgument<string>("connector");
                var change = await control.SetCheckpointAsync(connector, c.GetArgument<string?>("value"), Actor(c), c.GetArgument<string?>("reason"), ct).ConfigureAwait(false);
                return new CheckpointResult(change, await control.GetJobAsync(connector, ct).ConfigureAwait(false));
            }));
    }

    private static string? Target(IResolveFieldContext context)
    {
        var connector = context.GetArgument<string?>("connector");
        var all = context.GetArgument<bool?>("all") ?? false;
        return (connector, all) switch
        {
            (null, true) => null,
            ({ } one, false) => one,
            (null, false) => throw ApiErrors.BadInput("name a connector, or set all: true to act on every connector"),
            _ => throw ApiErrors.BadInput("give either a connector or all: true, not both"),
        };
    }

    // Who the audit names: the command line on the hub's own machine uses the key 'hub serve' minted for it.
    private static string Actor(IResolveFieldContext context)
    {
        var key = (context.UserContext as HubUserContext)?.ApiKey
            ?? throw new InvalidOperationException("sync control runs only for an authenticated request");
        var local = context.RequestServices!.GetService<LocalOperatorKey>();
        return local?.KeyId == key.Id ? local.Actor : $"apikey:{key.Id}";
    }

    private static async Task<T?> RunAsync<T>(IResolveFieldContext context, Func<ISyncControl, CancellationToken, Task<T>> operation)
        where T : class
    {
        var control = context.RequestServices!.GetRequiredService<ISyncControl>();
        try
        {
            return await operation(control, context.CancellationToken).ConfigureAwait(false);
        }
        catch (UserFacingException e)
        {
            throw ApiErrors.BadInput(e.Message);
        }
    }
}
