using Hub.Core.Mining;

namespace Hub.Api.Graph.Mining;

/// <summary>A demand series of the current demand run: observed weeks, the forecast weeks asked for, and the backtest error.</summary>
internal sealed record DemandForecast(string? Sku, MiningRun Run, IReadOnlyList<MiningSeriesPoint> History, IReadOnlyList<MiningSeriesPoint> Forecast, double? Mase);
