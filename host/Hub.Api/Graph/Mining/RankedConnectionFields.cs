using GraphQL.Types;
using Hub.Core.Mining;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Graph.Mining;

/// <summary>The fields every ranked-list connection has: edges, pageInfo, totalCount and the run that ranked them.</summary>
internal static class RankedConnectionFields
{
    public static void Add<TEdge>(ObjectGraphType<RankedPage> connection, string items) where TEdge : IGraphType
    {
        connection.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TEdge>>>, IEnumerable<HistoryEdge<RankedNode>>>("edges")
            .Resolve(c => c.Source.Items.Select(node => new HistoryEdge<RankedNode>(node, c.Source.Cursor(node))))
            .Description($"The {items} on this page, each with its cursor.");
        connection.Field<NonNullGraphType<PageInfoType>, IPageInfo>("pageInfo").Resolve(c => c.Source)
            .Description($"Whether more {items} follow, and the cursor to reach them.");
        connection.Field<NonNullGraphType<IntGraphType>, int>("totalCount")
            .ResolveAsync(async c => c.Source.Run is { } run
                ? checked((int)await c.RequestServices!.GetRequiredService<IMiningQueries>().CountRankedAsync(run.Id, c.CancellationToken).ConfigureAwait(false))
                : 0)
            .Description($"How many {items} the run ranked in all.");
        connection.Field<MiningRunType, MiningRun>("run").Resolve(c => c.Source.Run)
            .Description("The mining run that ranked them (its as-of day and parameters); null when the miner has not run successfully yet.");
    }
}
