namespace Hub.Plugins.Mining.Demand;

/// <summary>A smoothing model fitted to a series, positioned after its last observation.</summary>
/// <param name="Model">Which model.</param>
/// <param name="Parameters">The fitted smoothing parameters.</param>
/// <param name="SeasonLength">The season length, 0 without seasonality.</param>
/// <param name="State">The state after the last observation.</param>
/// <param name="Sigma2">The one-step error variance: SSE / (n − number of smoothing parameters).</param>
internal sealed record FittedModel(SmoothingModel Model, SmoothingParameters Parameters, int SeasonLength, SmoothingState State, double Sigma2)
{
    /// <summary>z for a two-sided 95 % interval under normal errors.</summary>
    private const double Z95 = 1.959963984540054;

    public bool IsSeasonal => Model == SmoothingModel.HoltWintersAdditive;

    /// <summary>
    /// Forecasts for the next <paramref name="horizon"/> weeks. Demand is never negative, so point forecasts and lower
    /// bounds stop at zero.
    /// </summary>
    public ForecastPoint[] Forecast(int horizon)
    {
        var points = new ForecastPoint[horizon];
        for (var h = 1; h <= horizon; h++)
        {
            var value = State.Forecast(h, Parameters);
            var spread = Z95 * Math.Sqrt(Sigma2 * HoltWinters.VarianceFactor(h, Parameters, SeasonLength));
            points[h - 1] = new ForecastPoint(Math.Max(0, value), Math.Max(0, value - spread), Math.Max(0, value + spread));
        }

        return points;
    }
}
