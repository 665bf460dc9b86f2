using GraphQL.Types;
using Hub.Core.Sync;

namespace Hub.Api.Graph.Sync;

internal sealed class SetCheckpointPayloadType : ObjectGraphType<CheckpointResult>
{
    public SetCheckpointPayloadType()
    {
        Name = "SetCheckpointPayload";
        Description = "The audited checkpoint change, and the connector's job afterwards.";
        Field<NonNullGraphType<CheckpointChangeType>, CheckpointChange>("change").Resolve(c => c.Source.Change).Description("The change, as the audit keeps it.");
        Field<NonNullGraphType<SyncJobType>, SyncJobStatus>("job").Resolve(c => c.Source.Job).Description("The connector's job, as it stands now.");
    }
}
