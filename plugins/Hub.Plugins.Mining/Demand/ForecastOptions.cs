namespace Hub.Plugins.Mining.Demand;

/// <summary>How the forecaster chooses and fits its models.</summary>
/// <param name="SeasonLength">Weeks in a season (52: yearly); with fewer than two seasons of history no season is fitted.</param>
/// <param name="FitHorizon">
/// Steps ahead whose errors the parameters are fitted to (1: one-step SSE). Fitting to the horizon the forecast is read
/// at keeps α from chasing week-to-week noise, which one-step fitting rewards.
/// </param>
internal sealed record ForecastOptions(int SeasonLength = 52, int FitHorizon = 13);
