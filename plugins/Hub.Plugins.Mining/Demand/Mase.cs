namespace Hub.Plugins.Mining.Demand;

/// <summary>
/// Mean absolute scaled error (Hyndman &amp; Koehler 2006): the forecast's mean absolute error over the held-out weeks,
/// divided by the in-sample mean absolute error of the naive forecast with the given lag on the training weeks (lag m:
/// seasonal naive; lag 1: last value). Below 1 the model beats the naive method's usual one-step error.
/// </summary>
internal static class Mase
{
    /// <summary>The MASE, or null when the training weeks are too few for the lag or the naive method never errs.</summary>
    public static double? Compute(ReadOnlySpan<double> training, ReadOnlySpan<double> actual, ReadOnlySpan<double> forecast, int lag)
    {
        if (actual.Length == 0 || actual.Length != forecast.Length || training.Length <= lag) return null;
        var naiveError = 0.0;
        for (var t = lag; t < training.Length; t++) naiveError += Math.Abs(training[t] - training[t - lag]);
        var scale = naiveError / (training.Length - lag);
        if (scale <= 0) return null;

        var error = 0.0;
        for (var t = 0; t < actual.Length; t++) error += Math.Abs(actual[t] - forecast[t]);
        return error / actual.Length / scale;
    }
}
