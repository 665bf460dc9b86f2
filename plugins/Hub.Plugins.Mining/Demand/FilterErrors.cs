namespace Hub.Plugins.Mining.Demand;

/// <summary>How well a state tracked a series.</summary>
/// <param name="OneStepSse">The sum of squared one-step-ahead errors.</param>
/// <param name="MultiStepMse">The mean squared error of every 1..H-step-ahead forecast made along the way (AMSE).</param>
internal readonly record struct FilterErrors(double OneStepSse, double MultiStepMse);
