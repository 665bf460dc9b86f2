using Hub.Plugins.Mining.Common;

namespace Hub.Plugins.Mining.Demand;

/// <summary>The demand miner's settings, with their defaults.</summary>
internal sealed record DemandSettings(ForecastOptions Forecast, int HorizonWeeks, int BacktestWeeks, int MaxSkus)
{
    public const string SeasonLengthName = "seasonLength";
    public const string HorizonWeeksName = "horizonWeeks";
    public const string BacktestWeeksName = "backtestWeeks";
    public const string FitHorizonName = "fitHorizonWeeks";
    public const string MaxSkusName = "maxSkus";

    public static DemandSettings Read(MinerSettings settings)
    {
        var defaults = new ForecastOptions();
        var forecast = new ForecastOptions(
            settings.GetInt(SeasonLengthName, defaults.SeasonLength, minimum: 1),
            settings.GetInt(FitHorizonName, defaults.FitHorizon, minimum: 1));
        return new DemandSettings(
            forecast,
            settings.GetInt(HorizonWeeksName, 13, minimum: 1),
            settings.GetInt(BacktestWeeksName, 13, minimum: 1),
            // Forecasting every SKU of a large catalogue costs a fit each and buries the ones that matter.
            settings.GetInt(MaxSkusName, 100, minimum: 0));
    }
}
