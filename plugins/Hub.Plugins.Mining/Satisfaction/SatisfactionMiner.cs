using Hub.Contracts;
using Hub.Plugins.Mining.Common;
using Hub.Plugins.Mining.Rfm;
using Microsoft.Extensions.Logging;
using Names = Hub.Contracts.MiningScores.Satisfaction;

namespace Hub.Plugins.Mining.Satisfaction;

/// <summary>
/// CSAT from post-call surveys and NPS from app survey events, per customer with a trend (customers whose trend is
/// <c>falling</c> are the ones to call), and per month overall and per RFM segment as series.
/// </summary>
public sealed class SatisfactionMiner : IMiner
{
    /// <summary>Change per 90 days (0–100 points) beyond which a trend is rising or falling.</summary>
    public const string TrendThresholdSetting = "trendThreshold";

    /// <summary>How many answers a customer needs before a trend is drawn.</summary>
    public const string TrendMinimumAnswersSetting = "trendMinimumAnswers";

    private const double DefaultTrendThreshold = 5;
    private const int DefaultTrendMinimumAnswers = 2;

    /// <inheritdoc />
    public string Name => Names.Miner;

    /// <inheritdoc />
    public async Task MineAsync(IMiningContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = new MinerSettings(context.Settings, Name);
        var threshold = settings.GetDouble(TrendThresholdSetting, DefaultTrendThreshold);
        var minimumAnswers = settings.GetInt(TrendMinimumAnswersSetting, DefaultTrendMinimumAnswers, minimum: 2);

        var cutoff = new AsOfCutoff(context.AsOf);
        var population = new RfmPopulation(cutoff);
        var monthly = new MonthlySatisfaction();
        var overall = new SatisfactionTally();
        var results = new List<CustomerSatisfaction>();
        // Answers of graded customers wait for the RFM segments, which exist only once every customer has been read.
        var awaitingSegment = new List<(int Graded, SurveyAnswer Answer)>();
        var answers = new List<SurveyAnswer>();
        await foreach (var customer in context.ReadCustomersAsync(cancellationToken).ConfigureAwait(false))
        {
            var graded = population.Add(customer);
            SurveyAnswers.Collect(customer, cutoff, answers);
            if (answers.Count == 0) continue;
            var tally = SatisfactionTally.Of(answers);
            results.Add(new CustomerSatisfaction(customer.CustomerId, tally.Csat, tally.Nps, SatisfactionTrend.Measure(answers, threshold, minimumAnswers)));
            foreach (var answer in answers)
            {
                overall.Add(answer);
                monthly.Add(null, answer);
                if (graded >= 0) awaitingSegment.Add((graded, answer));
            }
        }

        var grades = population.Grade();
        foreach (var (graded, answer) in awaitingSegment) monthly.Add(grades.SegmentOf(graded), answer);

        var falling = await WriteScoresAsync(context, results, cancellationToken).ConfigureAwait(false);
        await context.WriteSeriesAsync(monthly.Points(), cancellationToken).ConfigureAwait(false);
        var parameters = new Dictionary<string, double>
        {
            [Names.Miner + ".trend_threshold"] = threshold,
            [Names.Miner + ".customers"] = results.Count,
            [Names.Miner + ".falling_customers"] = falling,
        };
        if (overall.Csat is { } csat) parameters[Names.Csat] = csat;
        if (overall.Nps is { } nps) parameters[Names.Nps] = nps;
        await context.WriteParametersAsync(parameters, cancellationToken).ConfigureAwait(false);
        context.Logger.LogInformation("Satisfaction measured for {Customers} customers, {Falling} falling", results.Count, falling);
    }

    /// <summary>Writes the per-customer scores; returns how many customers are falling.</summary>
    private static async Task<int> WriteScoresAsync(IMiningContext context, List<CustomerSatisfaction> results, CancellationToken cancellationToken)
    {
        var buffer = new ScoreBuffer(context);
        var falling = 0;
        foreach (var result in results)
        {
            if (result.Csat is { } csat) await buffer.AddAsync(new CustomerScore(result.CustomerId, Names.Csat, csat), cancellationToken).ConfigureAwait(false);
            if (result.Nps is { } nps) await buffer.AddAsync(new CustomerScore(result.CustomerId, Names.Nps, nps), cancellationToken).ConfigureAwait(false);
            if (result.Trend is not { } trend) continue;
            if (trend.Label == SatisfactionTrend.Falling) falling++;
            await buffer.AddAsync(new CustomerScore(result.CustomerId, Names.Trend, trend.PerNinetyDays, trend.Label), cancellationToken).ConfigureAwait(false);
        }

        await buffer.FlushAsync(cancellationToken).ConfigureAwait(false);
        return falling;
    }
}
