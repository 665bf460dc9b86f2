using System.Globalization;
using GraphQL;
using GraphQL.Types;
using Hub.Contracts;
using Hub.Core.Mining;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Graph.Mining;

/// <summary>
/// The mining root fields: <c>segments</c>, <c>keyAccounts</c>, <c>winBackCandidates</c>, <c>demandForecast</c> and
/// <c>miningRuns</c>. Reader keys may read them: scores are not personal data beyond what the customer fields show, and
/// those keep their own masking.
/// </summary>
internal static class MiningQueryFields
{
    private const int RunsPage = 50;
    private const int RunsMax = 500;

    /// <summary>The miner setting that says how many weeks the demand run forecasts.</summary>
    private const string HorizonSetting = "Hub:Mining:Miners:demand:horizonWeeks";

    public static void Add(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SegmentType>>>, IReadOnlyList<Segment>>("segments")
            .Description("The RFM segments (kind rfm) and customer-pyramid tiers (kind tier) of the current mining results, with their members.")
            .Argument<StringGraphType>("kind", "Only segments of this kind: rfm or tier.")
            .ResolveAsync(ResolveSegmentsAsync);

        query.Field<NonNullGraphType<KeyAccountConnectionType>, RankedPage>("keyAccounts")
            .Description("Strategic key accounts by rank, with each criterion's contribution to their score (current keyaccounts run).")
            .Argument<IntGraphType>("first", $"How many; {CustomersConnection.DefaultPageSize} when left out, at most {CustomersConnection.MaxPageSize}.")
            .Argument<StringGraphType>("after", "Continue after this cursor (an edge's cursor or pageInfo.endCursor).")
            .ResolveAsync(async c => await RankedList.ResolveAsync(c, MiningScores.KeyAccounts.Miner, withLastInteractions: false).ConfigureAwait(false));

        query.Field<NonNullGraphType<WinBackCandidateConnectionType>, RankedPage>("winBackCandidates")
            .Description("Valuable customers likely lapsing, most value at risk first, with the reason and their latest contact per channel (current winback run).")
            .Argument<IntGraphType>("first", $"How many; {CustomersConnection.DefaultPageSize} when left out, at most {CustomersConnection.MaxPageSize}.")
            .Argument<StringGraphType>("after", "Continue after this cursor (an edge's cursor or pageInfo.endCursor).")
            .ResolveAsync(async c => await RankedList.ResolveAsync(c, MiningScores.WinBack.Miner, withLastInteractions: true).ConfigureAwait(false));

        query.Field<DemandForecastType, DemandForecast>("demandForecast")
            .Description("Weekly demand of a SKU (or of all SKUs) from the current demand run: history, forecast with bounds, and the backtest error; null before any demand run succeeded.")
            .Argument<StringGraphType>("sku", "The SKU; all SKUs together when left out.")
            .Argument<NonNullGraphType<IntGraphType>>("horizonWeeks", "How many forecast weeks to return.")
            .ResolveAsync(ResolveDemandAsync);

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<MiningRunType>>>, IReadOnlyList<MiningRun>>("miningRuns")
            .Description("Mining runs, newest first: model, as-of day, parameters, times and outcome.")
            .Argument<StringGraphType>("model", "Only runs of this miner, e.g. clv.")
            .Argument<IntGraphType>("first", $"How many; {RunsPage} when left out, at most {RunsMax}.")
            .ResolveAsync(async c =>
            {
                var first = c.GetArgument("first", RunsPage);
                if (first is < 0 or > RunsMax) throw ApiErrors.BadInput($"first must be between 0 and {RunsMax}, not {first}.");
                return await Queries(c).ListRunsAsync(c.GetArgument<string?>("model"), first, c.CancellationToken).ConfigureAwait(false);
            });
    }

    private static IMiningQueries Queries(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<IMiningQueries>();

    private static async Task<IReadOnlyList<Segment>?> ResolveSegmentsAsync(IResolveFieldContext context)
    {
        var kind = context.GetArgument<string?>("kind");
        if (kind is not null && MiningPromotions.SegmentKinds.All(k => k.Kind != kind))
            throw ApiErrors.BadInput($"kind: '{kind}' is not a kind of segment; use {string.Join(" or ", MiningPromotions.SegmentKinds.Select(k => k.Kind))}.");
        var queries = Queries(context);
        var runs = await queries.GetCurrentRunsAsync(context.CancellationToken).ConfigureAwait(false);
        var segments = new List<Segment>();
        foreach (var (segmentKind, miner) in MiningPromotions.SegmentKinds.Where(k => kind is null || k.Kind == kind))
        {
            if (!runs.TryGetValue(miner, out var run)) continue;
            var labels = await queries.ListLabelsAsync(run.Id, context.CancellationToken).ConfigureAwait(false);
            segments.AddRange(labels.Select(l => new Segment(segmentKind, l.Label, l.Members)));
        }

        return segments;
    }

    private static async Task<DemandForecast?> ResolveDemandAsync(IResolveFieldContext context)
    {
        var sku = context.GetArgument<string?>("sku");
        var horizon = context.GetArgument<int>("horizonWeeks");
        if (horizon < 0) throw ApiErrors.BadInput($"horizonWeeks must be 0 or more, not {horizon}.");
        var queries = Queries(context);
        if (!(await queries.GetCurrentRunsAsync(context.CancellationToken).ConfigureAwait(false)).TryGetValue(MiningScores.Demand.Miner, out var run)) return null;
        var series = await queries.GetSeriesAsync(run.Id, sku ?? MiningScores.Demand.TotalSeries, context.CancellationToken).ConfigureAwait(false);
        if (series.Count == 0)
            throw ApiErrors.BadInput($"sku: the current demand run ({run.Id}, as of {run.AsOf:yyyy-MM-dd}) has no series for SKU '{sku}'; check the SKU, or leave sku out for the total.");
        var forecast = series.Where(p => p.Forecast).ToList();
        if (horizon > forecast.Count)
        {
            throw ApiErrors.BadInput(string.Create(CultureInfo.InvariantCulture,
                $"horizonWeeks: the current demand run ({run.Id}) forecast {forecast.Count} weeks; ask for at most {forecast.Count}, or raise {HorizonSetting} and run 'hub mine --miner demand'."));
        }

        var mase = sku is not null && run.Parameters.TryGetValue($"demand.mase.{sku}", out var ofSku) ? ofSku : run.Parameters.GetValueOrDefault("demand.mase", double.NaN);
        return new DemandForecast(sku, run, [.. series.Where(p => !p.Forecast)], [.. forecast.Take(horizon)], double.IsNaN(mase) ? null : mase);
    }
}
