using System.Globalization;
using GraphQL.Types;
using Hub.Core.Model;

namespace Hub.Api.Graph.Sync;

internal sealed class SyncRunType : ObjectGraphType<SyncRun>
{
    public SyncRunType()
    {
        Name = "SyncRun";
        Description = "One run of a sync or import: what started it, how it ended and what it did.";
        Field<NonNullGraphType<IdGraphType>, string>("id").Resolve(c => c.Source.Id.ToString(CultureInfo.InvariantCulture))
            .Description("The run's number, as 'hub runs' shows it and 'hub runs show' takes it.");
        Field<StringGraphType, string?>("connector").Resolve(c => c.Source.ConnectorId).Description("The connector instance; null for an import.");
        Field<NonNullGraphType<StringGraphType>, string>("source").Resolve(c => c.Source.Source).Description("The source name its records were stored under.");
        Field<NonNullGraphType<StringGraphType>, string>("trigger").Resolve(c => c.Source.Trigger)
            .Description("What started it: schedule, api (triggerSync, 'hub jobs trigger', or 'hub sync' beside a serving hub), cli ('hub sync' with no hub serving), import, push, " +
                "recovery (a node took over the sync of a node that died mid-run, from its last committed checkpoint).");
        Field<NonNullGraphType<DateTimeScalarType>, DateTimeOffset>("startedAt").Resolve(c => c.Source.StartedAt).Description("When it started.");
        Field<DateTimeScalarType, DateTimeOffset?>("finishedAt").Resolve(c => c.Source.FinishedAt).Description("When it ended; null while it runs.");
        Field<FloatGraphType, double?>("durationSeconds").Resolve(c => (c.Source.FinishedAt - c.Source.StartedAt)?.TotalSeconds)
            .Description("How long it took; null while it runs.");
        Field<NonNullGraphType<RunOutcomeType>, RunOutcome>("outcome").Resolve(c => c.Source.Outcome).Description("How it ended.");
        Field<StringGraphType, string?>("error").Resolve(c => c.Source.Error).Description("The error that ended it; null when none did.");
        Field<NonNullGraphType<IntGraphType>, int>("retries").Resolve(c => c.Source.Retries)
            .Description("How many times it was tried again after a transient failure (network, 5xx, a busy database).");
        Field<StringGraphType, string?>("retryError").Resolve(c => c.Source.RetryError).Description("The last transient failure it was retried after; null without retries.");
        Field<StringGraphType, string?>("resolutionError").Resolve(c => c.Source.ResolutionError)
            .Description("Why the identity resolution after a successful sync failed; the run's records are stored, and the next resolution picks them up.");
        Field<StringGraphType, string?>("node").Resolve(c => c.Source.Node)
            .Description("The hub process that ran it: Hub:Runs:Node, else the machine's name and process id; null for runs recorded before hubs named themselves.");
        Field<DateTimeScalarType, DateTimeOffset?>("heartbeatAt").Resolve(c => c.Source.HeartbeatAt)
            .Description("When its node last said it is alive. A RUNNING run whose heartbeat is older than Hub:Runs:LeaseTimeout lost its node and is soon marked INTERRUPTED.");
        Field<NonNullGraphType<RunCountsType>, RunCounts>("counts").Resolve(c => c.Source.Counts).Description("What it did.");
    }
}
