namespace Hub.Plugins.Mining.Demand;

/// <summary>
/// Smoothing parameters in the error-correction (ETS) form, where β and γ multiply the one-step error directly:
/// 0 &lt; α &lt; 1, 0 ≤ β ≤ α, 0 ≤ γ ≤ 1 − α (textbook Holt-Winters' β* is β/α, its γ* is γ/(1 − α)); φ damps the trend
/// (1: undamped).
/// </summary>
internal readonly record struct SmoothingParameters(double Alpha, double Beta, double Gamma, double Phi = 1)
{
    /// <summary>φ + φ² + … + φ^h: how much of today's trend a forecast h steps ahead carries.</summary>
    public double TrendMultiplier(int h)
    {
        if (Phi == 1) return h;
        double sum = 0, power = 1;
        for (var i = 0; i < h; i++) sum += power *= Phi;
        return sum;
    }
}
