using GraphQL.Types;
using Hub.Core.Sync;

namespace Hub.Api.Graph.Sync;

internal sealed class SyncJobsPayloadType : ObjectGraphType<IReadOnlyList<SyncJobStatus>>
{
    public SyncJobsPayloadType()
    {
        Name = "SyncJobsPayload";
        Description = "What triggerSync, pauseSync and resumeSync answer: the jobs they acted on, as they stand now.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SyncJobType>>>, IReadOnlyList<SyncJobStatus>>("jobs").Resolve(c => c.Source)
            .Description("The jobs, by connector id.");
    }
}
