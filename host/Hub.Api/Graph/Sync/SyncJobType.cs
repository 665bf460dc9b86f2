using GraphQL.Types;
using Hub.Core.Model;
using Hub.Core.Sync;

namespace Hub.Api.Graph.Sync;

internal sealed class SyncJobType : ObjectGraphType<SyncJobStatus>
{
    public SyncJobType()
    {
        Name = "SyncJob";
        Description = "A connector's sync job: its schedule, where it stands and how it last ran.";
        Field<NonNullGraphType<StringGraphType>, string>("connector").Resolve(c => c.Source.ConnectorId).Description("The connector instance.");
        Field<NonNullGraphType<StringGraphType>, string>("plugin").Resolve(c => c.Source.PluginId).Description("The plugin that reads for it.");
        Field<StringGraphType, string?>("cron").Resolve(c => c.Source.Cron)
            .Description("Its schedule as a Quartz cron expression (seconds first); null when it syncs only when triggered.");
        Field<NonNullGraphType<StringGraphType>, string>("timeZone").Resolve(c => c.Source.TimeZoneId).Description("The time zone the cron is read in.");
        Field<NonNullGraphType<SyncJobStateType>, SyncJobState>("state").Resolve(c => c.Source.State).Description("Whether it fires, is paused, runs now or has no schedule.");
        Field<DateTimeScalarType, DateTimeOffset?>("nextFireAt").Resolve(c => c.Source.NextFireTime)
            .Description("When its schedule fires next (also while paused: when it would); null without a schedule.");
        Field<DateTimeScalarType, DateTimeOffset?>("previousFireAt").Resolve(c => c.Source.PreviousFireTime)
            .Description("When its schedule last fired; null when it never has.");
        Field<SyncRunType, SyncRun>("lastRun").Resolve(c => c.Source.LastRun).Description("Its most recent run, whatever started it; null when it never ran.");
    }
}
