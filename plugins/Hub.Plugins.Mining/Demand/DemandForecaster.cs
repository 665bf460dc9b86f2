namespace Hub.Plugins.Mining.Demand;

/// <summary>
/// Chooses the model a series' length supports and fits it: Holt-Winters additive with at least two full seasons of
/// history (one to start the seasonal terms, one to learn them), else Holt's damped trend with at least
/// <see cref="MinimumForTrend"/> weeks (damped because an undamped trend carried 13 weeks ahead overshoots), else
/// simple exponential smoothing.
/// </summary>
internal sealed class DemandForecaster(ForecastOptions options)
{
    /// <summary>Fewer weeks than this cannot tell a trend from noise.</summary>
    public const int MinimumForTrend = 10;

    public ForecastOptions Options { get; } = options;

    public SmoothingModel ModelFor(int weeks) =>
        Options.SeasonLength >= 2 && weeks >= 2 * Options.SeasonLength ? SmoothingModel.HoltWintersAdditive
        : weeks >= MinimumForTrend ? SmoothingModel.DampedHolt
        : SmoothingModel.Simple;

    public FittedModel Fit(double[] weeks)
    {
        ArgumentOutOfRangeException.ThrowIfZero(weeks.Length);
        return SmoothingFitter.Fit(ModelFor(weeks.Length), weeks, Options.SeasonLength, Options.FitHorizon);
    }
}
