namespace Hub.Plugins.Mining.Demand;

/// <summary>Level, trend and seasonal components after <see cref="Time"/> observations.</summary>
internal sealed class SmoothingState(double level, double trend, double[] seasonal)
{
    public double Level { get; set; } = level;

    public double Trend { get; set; } = trend;

    /// <summary>Seasonal terms indexed by time modulo the season length; empty without seasonality.</summary>
    public double[] Seasonal { get; } = seasonal;

    /// <summary>How many observations the state has taken in (the index of the next one).</summary>
    public int Time { get; set; }

    public SmoothingState Clone() => new(Level, Trend, (double[])Seasonal.Clone()) { Time = Time };

    public double SeasonalAt(int time) => Seasonal.Length == 0 ? 0 : Seasonal[time % Seasonal.Length];

    /// <summary>The point forecast <paramref name="steps"/> ahead (1: the next observation).</summary>
    public double Forecast(int steps, SmoothingParameters p) => Level + p.TrendMultiplier(steps) * Trend + SeasonalAt(Time + steps - 1);
}
