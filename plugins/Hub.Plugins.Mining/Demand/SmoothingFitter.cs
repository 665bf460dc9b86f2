using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace Hub.Plugins.Mining.Demand;

/// <summary>
/// Fits smoothing parameters with Nelder-Mead, minimising the mean squared error of forecasts 1..H steps ahead (H = 1:
/// the classical one-step SSE). The search runs over unbounded numbers mapped through the logistic function onto the
/// admissible region (α in (0,1), β = α·L(u), γ = (1 − α)·L(v), φ in (0.8, 0.98) as in R's forecast::ets), so the
/// optimiser never has to respect bounds itself.
/// </summary>
internal static class SmoothingFitter
{
    private const int MaximumIterations = 2_000;
    private const double Tolerance = 1e-10;
    private const double PhiLow = 0.8;
    private const double PhiHigh = 0.98;

    // Two starts, a calm and a nervous one, because the error surface often has more than one valley.
    private static readonly double[][] Starts = [[0.1, 0.1, 0.5], [0.5, 0.3, 0.5]];

    public static FittedModel Fit(SmoothingModel model, double[] y, int seasonLength, int fitHorizon)
    {
        var m = model == SmoothingModel.HoltWintersAdditive ? seasonLength : 0;
        var initial = HoltWinters.Initial(model, y, m);
        var smoothing = model == SmoothingModel.Simple ? 1 : 3;
        // Non-seasonal models also fit their starting level (and trend), as R's ets does: the heuristic start from the
        // first weeks is only a guess, and with a small α it would decide the whole forecast.
        var starting = model switch { SmoothingModel.Simple => 1, SmoothingModel.DampedHolt => 2, _ => 0 };
        var dimensions = smoothing + starting;
        var scale = Spread(y);

        var best = (Error: double.PositiveInfinity, Parameters: default(SmoothingParameters), Start: initial);
        double Objective(Vector<double> u)
        {
            var parameters = ToParameters(model, u);
            var start = initial.Clone();
            if (starting >= 1) start.Level += u[smoothing] * scale;
            if (starting >= 2) start.Trend += u[smoothing + 1] * scale / 10;
            var error = HoltWinters.Filter(y, parameters, start.Clone(), fitHorizon).MultiStepMse;
            // Remembered here so that an optimiser giving up at its iteration limit still leaves the best point seen.
            if (error < best.Error) best = (error, parameters, start);
            return error;
        }

        var simplex = new NelderMeadSimplex(Tolerance, MaximumIterations);
        var objective = ObjectiveFunction.Value(Objective);
        foreach (var start in Starts)
        {
            var guess = Vector<double>.Build.Dense(dimensions, i => i < smoothing ? Logit(start[i]) : 0);
            try
            {
                simplex.FindMinimum(objective, guess, Vector<double>.Build.Dense(dimensions, 1.0));
            }
            catch (MaximumIterationsException)
            {
                // The best point seen is kept by the objective.
            }
        }

        var state = best.Start.Clone();
        var sse = HoltWinters.Filter(y, best.Parameters, state).OneStepSse;
        var sigma2 = sse / Math.Max(1, y.Length - dimensions);
        return new FittedModel(model, best.Parameters, m, state, sigma2);
    }

    private static SmoothingParameters ToParameters(SmoothingModel model, Vector<double> u)
    {
        var alpha = Logistic(u[0]);
        return model switch
        {
            SmoothingModel.Simple => new SmoothingParameters(alpha, 0, 0),
            SmoothingModel.DampedHolt => new SmoothingParameters(alpha, alpha * Logistic(u[1]), 0, PhiLow + (PhiHigh - PhiLow) * Logistic(u[2])),
            _ => new SmoothingParameters(alpha, alpha * Logistic(u[1]), (1 - alpha) * Logistic(u[2])),
        };
    }

    /// <summary>The series' standard deviation (1 when flat): the step by which starting states are searched.</summary>
    private static double Spread(double[] y)
    {
        var mean = y.Average();
        var variance = y.Sum(v => (v - mean) * (v - mean)) / y.Length;
        return variance > 0 ? Math.Sqrt(variance) : 1;
    }

    private static double Logistic(double u) => 1 / (1 + Math.Exp(-u));

    private static double Logit(double p) => Math.Log(p / (1 - p));
}
