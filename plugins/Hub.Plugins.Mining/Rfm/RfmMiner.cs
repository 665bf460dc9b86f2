using Hub.Contracts;
using Hub.Plugins.Mining.Common;
using Microsoft.Extensions.Logging;
using Names = Hub.Contracts.MiningScores.Rfm;

namespace Hub.Plugins.Mining.Rfm;

/// <summary>
/// Grades every customer with at least one order as of the run's date by recency, frequency and monetary quintiles and
/// names its segment (see <see cref="RfmSegments"/>).
/// </summary>
public sealed class RfmMiner : IMiner
{
    /// <inheritdoc />
    public string Name => Names.Miner;

    /// <inheritdoc />
    public async Task MineAsync(IMiningContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var population = new RfmPopulation(new AsOfCutoff(context.AsOf));
        await foreach (var customer in context.ReadCustomersAsync(cancellationToken).ConfigureAwait(false))
            population.Add(customer);

        var grades = population.Grade();
        var ids = population.CustomerIds;
        var buffer = new ScoreBuffer(context);
        for (var i = 0; i < ids.Count; i++)
        {
            var id = ids[i];
            var code = grades.CodeOf(i);
            await buffer.AddAsync(new CustomerScore(id, Names.Recency, grades.Recency.Scores[i]), cancellationToken).ConfigureAwait(false);
            await buffer.AddAsync(new CustomerScore(id, Names.Frequency, grades.Frequency.Scores[i]), cancellationToken).ConfigureAwait(false);
            await buffer.AddAsync(new CustomerScore(id, Names.Monetary, grades.Monetary.Scores[i]), cancellationToken).ConfigureAwait(false);
            await buffer.AddAsync(new CustomerScore(id, Names.Score, code, code.ToString(System.Globalization.CultureInfo.InvariantCulture)), cancellationToken).ConfigureAwait(false);
            await buffer.AddAsync(new CustomerScore(id, Names.Segment, null, grades.SegmentOf(i)), cancellationToken).ConfigureAwait(false);
        }

        await buffer.FlushAsync(cancellationToken).ConfigureAwait(false);
        await context.WriteParametersAsync(grades.Parameters(), cancellationToken).ConfigureAwait(false);
        context.Logger.LogInformation("RFM graded {Customers} customers with orders as of {AsOf}", ids.Count, context.AsOf);
    }
}
