namespace Hub.Contracts;

/// <summary>
/// One period of a time series a miner produces beside its customer scores, e.g. weekly demand for a SKU, actual or
/// forecast with its prediction interval.
/// </summary>
/// <param name="Series">The series' name within the miner, e.g. a SKU, or <c>*</c> for the total.</param>
/// <param name="Period">The first day of the period (a week starts on Monday).</param>
/// <param name="Value">The value: observed, or the point forecast.</param>
/// <param name="Forecast">Whether <paramref name="Value"/> is a forecast rather than an observation.</param>
/// <param name="Lower">The lower bound of the prediction interval, for a forecast.</param>
/// <param name="Upper">The upper bound of the prediction interval, for a forecast.</param>
public sealed record SeriesPoint(string Series, DateOnly Period, double Value, bool Forecast = false, double? Lower = null, double? Upper = null);
