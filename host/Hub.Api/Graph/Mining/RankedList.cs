using System.Globalization;
using GraphQL;
using Hub.Core.Mining;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Graph.Mining;

/// <summary>Resolves a ranked list (<c>keyAccounts</c>, <c>winBackCandidates</c>): a page of the current run of a miner, by rank.</summary>
internal static class RankedList
{
    public static async Task<RankedPage> ResolveAsync(IResolveFieldContext context, string miner, bool withLastInteractions)
    {
        var first = CustomersConnection.PageSize(context, "first") ?? CustomersConnection.DefaultPageSize;
        var queries = context.RequestServices!.GetRequiredService<IMiningQueries>();
        var runs = await queries.GetCurrentRunsAsync(context.CancellationToken).ConfigureAwait(false);
        var run = runs.GetValueOrDefault(miner);
        var after = context.GetArgument<string?>("after") is { } cursor
            ? RankedCursor.Decode(cursor) ?? throw ApiErrors.BadInput(
                "after: this is not a cursor of this list; use an edge's cursor or pageInfo.endCursor from an earlier page, or leave after out to start at rank 1.")
            : ((long RunId, long Rank, long CustomerNumber)?)null;
        if (after is { } position && position.RunId != run?.Id)
        {
            throw ApiErrors.BadInput(string.Create(CultureInfo.InvariantCulture,
                $"after: the ranking this cursor pages through (mining run {position.RunId}) has been replaced by a newer {miner} run; leave after out to start again at rank 1."));
        }

        if (run is null) return new RankedPage([], null, false, false);
        var rows = await queries.ListRankedAsync(run.Id, after?.Rank, after?.CustomerNumber, first + 1, context.CancellationToken).ConfigureAwait(false);
        var page = rows.Take(first).ToList();
        var interactions = withLastInteractions && page.Count > 0
            ? await queries.GetLastInteractionsAsync([.. page.Select(r => r.Customer.Number)], context.CancellationToken).ConfigureAwait(false)
            : null;
        return new RankedPage([.. page.Select(r => new RankedNode(r, interactions is null ? [] : [.. interactions[r.Customer.Number]]))],
            run, rows.Count > first, after is not null);
    }
}
