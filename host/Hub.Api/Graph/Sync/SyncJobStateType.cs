using GraphQL.Types;
using Hub.Core.Sync;

namespace Hub.Api.Graph.Sync;

internal sealed class SyncJobStateType : EnumerationGraphType<SyncJobState>
{
    public SyncJobStateType()
    {
        Name = "SyncJobState";
        Description = "Where a connector's sync job stands: NORMAL (fires on its schedule), PAUSED, RUNNING (a sync runs now), " +
            "NONE (no schedule: syncs only when triggered) or ERROR (the scheduler could not fire it; see the hub's log).";
    }
}
