using System.Globalization;
using GraphQL;
using GraphQL.Types;
using Hub.Core.Model;
using Hub.Core.Storage;
using Hub.Core.Storage.Runs;
using Hub.Core.Sync;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Graph.Sync;

/// <summary>
/// <c>syncJobs</c>, <c>syncRuns</c> and <c>syncRun</c>. Operator keys only: run errors and checkpoints describe the
/// sources (hosts, paths, sometimes a rejected row's content), which BI readers have no need to see.
/// </summary>
internal static class SyncQueryFields
{
    public static void Add(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SyncJobType>>>, IReadOnlyList<SyncJobStatus>>("syncJobs")
            .Description("Every connector's sync job, by connector id: schedule, state, fire times and last run.")
            .RequireRole(ApiRole.Operator)
            .ResolveAsync(async c => await Control(c).ListJobsAsync(c.CancellationToken).ConfigureAwait(false));

        query.Field<NonNullGraphType<SyncRunConnectionType>, SyncRunPage>("syncRuns")
            .Description($"Runs of syncs and imports, newest first, a page at a time ({CustomersConnection.DefaultPageSize} by default, at most {CustomersConnection.MaxPageSize}).")
            .RequireRole(ApiRole.Operator)
            .Argument<IntGraphType>("first", $"How many runs to return; {CustomersConnection.DefaultPageSize} when left out, at most {CustomersConnection.MaxPageSize}.")
            .Argument<StringGraphType>("after", "Return the runs older than this cursor (an edge's cursor or pageInfo.endCursor).")
            .Argument<StringGraphType>("connector", "Only runs of this connector.")
            .Argument<RunOutcomeType>("outcome", "Only runs that ended so.")
            .ResolveAsync(ResolveRunsAsync);

        query.Field<SyncRunType, SyncRun>("syncRun")
            .Description("One run by id; null when there is none.")
            .RequireRole(ApiRole.Operator)
            .Argument<NonNullGraphType<IdGraphType>>("id", "The run's id, as SyncRun.id and 'hub runs' show it.")
            .ResolveAsync(async c => long.TryParse(c.GetArgument<string>("id"), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                ? await c.RequestServices!.GetRequiredService<IIngestStore>().GetRunAsync(id, c.CancellationToken).ConfigureAwait(false)
                : null);
    }

    private static ISyncControl Control(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<ISyncControl>();

    private static async Task<SyncRunPage?> ResolveRunsAsync(IResolveFieldContext context)
    {
        var first = context.GetArgument<int?>("first") ?? CustomersConnection.DefaultPageSize;
        if (first is < 0 or > CustomersConnection.MaxPageSize)
            throw ApiErrors.BadInput($"first must be between 0 and {CustomersConnection.MaxPageSize}, not {first.ToString(CultureInfo.InvariantCulture)}; follow the page's cursors for more.");
        var cursor = context.GetArgument<string?>("after");
        long? before = cursor is null ? null : SyncRunCursor.Decode(cursor)
            ?? throw ApiErrors.BadInput("after: this is not a cursor of syncRuns; use an edge's cursor or pageInfo's endCursor from an earlier page, or leave after out to start with the newest run.");
        var query = new RunQuery(context.GetArgument<string?>("connector"), context.GetArgument<RunOutcome?>("outcome"), before, first + 1);
        var runs = await context.RequestServices!.GetRequiredService<IRunQueries>().ListRunsAsync(query, context.CancellationToken).ConfigureAwait(false);
        return new SyncRunPage([.. runs.Take(first)], runs.Count > first, before is not null);
    }
}
