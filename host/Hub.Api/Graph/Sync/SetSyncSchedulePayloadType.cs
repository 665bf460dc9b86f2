using GraphQL.Types;
using Hub.Core.Sync;

namespace Hub.Api.Graph.Sync;

internal sealed class SetSyncSchedulePayloadType : ObjectGraphType<SyncJobStatus>
{
    public SetSyncSchedulePayloadType()
    {
        Name = "SetSyncSchedulePayload";
        Description = "The job with its new schedule.";
        Field<NonNullGraphType<SyncJobType>, SyncJobStatus>("job").Resolve(c => c.Source).Description("The job, as it stands now.");
    }
}
