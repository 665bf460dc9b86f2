namespace Hub.Plugins.Mining.Demand;

/// <summary>A point forecast with its 95 % prediction interval.</summary>
internal readonly record struct ForecastPoint(double Value, double Lower, double Upper);
