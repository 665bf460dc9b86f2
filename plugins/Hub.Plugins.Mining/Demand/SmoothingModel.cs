namespace Hub.Plugins.Mining.Demand;

/// <summary>The exponential-smoothing models the forecaster chooses among, all with additive errors.</summary>
internal enum SmoothingModel
{
    /// <summary>Simple exponential smoothing, ETS(A,N,N): a level only.</summary>
    Simple,

    /// <summary>Holt's linear trend, damped, ETS(A,Ad,N).</summary>
    DampedHolt,

    /// <summary>Holt-Winters additive seasonal, ETS(A,A,A).</summary>
    HoltWintersAdditive,
}
