namespace Hub.Plugins.Mining.Demand;

/// <summary>How the forecaster chooses and fits its models.</summary>
/// <param name="SeasonLength">Weeks in a season (52: yearly); with fewer than two seasons of history no season is fitted.</param>
/// <param name="FitHorizon">
/// Steps ahead whose errors the parameters are fitted to (1: one-step SSE). Fitting to the horizon the forecast is read
/// at keeps α from chasing week-to-week noise, which one-step fitting rewards.
/// </param>
/// <param name="NonSeasonalWindow">
/// The most recent weeks a non-seasonal model is fitted on: without a season, older weeks add nothing the level has not
/// absorbed, and a launch or acquisition burst at the start of the history would otherwise set the parameters.
/// </param>
internal sealed record ForecastOptions(int SeasonLength = 52, int FitHorizon = 13, int NonSeasonalWindow = 52);
