using GraphQL.Types;
using Hub.Core.Model;

namespace Hub.Api.Graph.Sync;

internal sealed class RunOutcomeType : EnumerationGraphType<RunOutcome>
{
    public RunOutcomeType()
    {
        Name = "RunOutcome";
        Description = "How a run ended: RUNNING (not yet), SUCCEEDED (bad rows, if any, are in quarantine), FAILED, CANCELLED, " +
            "INTERRUPTED (its process died; the next run resumes from the last committed batch) or TIMED_OUT (stopped at its run timeout, what it committed kept).";
    }
}
