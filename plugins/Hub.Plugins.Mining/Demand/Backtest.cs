namespace Hub.Plugins.Mining.Demand;

/// <summary>
/// Holds out the last weeks of a series, fits on the weeks before, forecasts the held-out weeks and scores the forecast
/// by MASE against the naive method the model stands in for: seasonal naive (lag m) when the model fitted on the
/// training weeks is seasonal, the last value (lag 1) otherwise.
/// </summary>
internal static class Backtest
{
    public static double? Mase(DemandForecaster forecaster, double[] weeks, int heldOut)
    {
        var trainingLength = weeks.Length - heldOut;
        if (heldOut < 1 || trainingLength < 2) return null;
        var training = weeks[..trainingLength];
        var model = forecaster.Fit(training);
        var forecast = Array.ConvertAll(model.Forecast(heldOut), p => p.Value);
        var lag = model.IsSeasonal ? model.SeasonLength : 1;
        return Demand.Mase.Compute(training, weeks.AsSpan(trainingLength), forecast, lag);
    }
}
