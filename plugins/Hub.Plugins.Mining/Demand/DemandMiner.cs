using System.Globalization;
using Hub.Contracts;
using Hub.Plugins.Mining.Common;
using Microsoft.Extensions.Logging;
using Names = Hub.Contracts.MiningScores.Demand;

namespace Hub.Plugins.Mining.Demand;

/// <summary>
/// Weekly demand in total and for the largest SKUs: the complete weeks up to the run's date as actuals, the next weeks
/// as forecasts with 95 % intervals, and a backtest MASE for each series as a run parameter.
/// </summary>
public sealed class DemandMiner : IMiner
{
    /// <inheritdoc />
    public string Name => Names.Miner;

    /// <inheritdoc />
    public async Task MineAsync(IMiningContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = DemandSettings.Read(new MinerSettings(context.Settings, Name));
        var cutoff = new AsOfCutoff(context.AsOf);
        var demand = new WeeklyDemand();
        await foreach (var customer in context.ReadCustomersAsync(cancellationToken).ConfigureAwait(false))
        {
            var orders = customer.Orders;
            for (var i = 0; i < orders.Count; i++)
            {
                if (!orders[i].IsDeleted && cutoff.Includes(orders[i].OrderedAt)) demand.Add(orders[i]);
            }
        }

        var lastWeek = IsoWeeks.LastComplete(context.AsOf);
        if (demand.Total(lastWeek) is not { } total)
        {
            context.Logger.LogInformation("No orders in complete weeks up to {AsOf}: no demand forecast", context.AsOf);
            return;
        }

        var forecaster = new DemandForecaster(settings.Forecast);
        var parameters = new Dictionary<string, double> { ["demand.horizon_weeks"] = settings.HorizonWeeks };
        var totalModel = await ForecastAsync(context, forecaster, total, settings, parameters, cancellationToken).ConfigureAwait(false);
        parameters["demand.alpha"] = totalModel.Parameters.Alpha;
        parameters["demand.beta"] = totalModel.Parameters.Beta;
        parameters["demand.gamma"] = totalModel.Parameters.Gamma;
        parameters["demand.phi"] = totalModel.Parameters.Phi;
        parameters["demand.season_length"] = totalModel.SeasonLength;
        parameters["demand.sigma"] = Math.Sqrt(totalModel.Sigma2);

        var skus = demand.LargestSkus(lastWeek, settings.MaxSkus);
        foreach (var sku in skus)
            await ForecastAsync(context, forecaster, sku, settings, parameters, cancellationToken).ConfigureAwait(false);

        await context.WriteParametersAsync(parameters, cancellationToken).ConfigureAwait(false);
        context.Logger.LogInformation("Demand forecast for the total and {Skus} SKUs; {Model}, backtest MASE {Mase}",
            skus.Count, totalModel.Model, parameters.GetValueOrDefault("demand.mase", double.NaN).ToString("F3", CultureInfo.InvariantCulture));
    }

    /// <summary>Writes the series' actual and forecast weeks and records its backtest MASE; returns the fitted model.</summary>
    private static async Task<FittedModel> ForecastAsync(IMiningContext context, DemandForecaster forecaster, DemandSeries series,
        DemandSettings settings, Dictionary<string, double> parameters, CancellationToken cancellationToken)
    {
        var model = forecaster.Fit(series.Values);
        var forecast = model.Forecast(settings.HorizonWeeks);
        var points = new List<SeriesPoint>(series.Values.Length + forecast.Length);
        for (var i = 0; i < series.Values.Length; i++)
            points.Add(new SeriesPoint(series.Name, IsoWeeks.Start(series.FirstWeek + i), series.Values[i]));
        var nextWeek = series.FirstWeek + series.Values.Length;
        for (var h = 0; h < forecast.Length; h++)
            points.Add(new SeriesPoint(series.Name, IsoWeeks.Start(nextWeek + h), forecast[h].Value, Forecast: true, forecast[h].Lower, forecast[h].Upper));
        await context.WriteSeriesAsync(points, cancellationToken).ConfigureAwait(false);

        if (Backtest.Mase(forecaster, series.Values, settings.BacktestWeeks) is { } mase && double.IsFinite(mase))
        {
            var name = series.Name == Names.TotalSeries ? "demand.mase" : "demand.mase." + series.Name;
            parameters[name] = mase;
        }

        return model;
    }
}
