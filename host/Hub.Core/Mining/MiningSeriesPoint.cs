namespace Hub.Core.Mining;

/// <summary>One stored period of a run's time series (see <see cref="Contracts.SeriesPoint"/>).</summary>
public sealed record MiningSeriesPoint(string Series, DateOnly Period, double Value, bool Forecast, double? Lower, double? Upper);
