using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace Hub.Plugins.Mining.Clv;

/// <summary>
/// Maximises a log-likelihood over strictly positive parameters by searching their logarithms with Nelder-Mead, so that
/// no step can leave the domain. Nelder-Mead needs no gradient, and the likelihoods here are cheap once the customers
/// are aggregated, so a few hundred evaluations cost little.
/// </summary>
internal static class LogSpaceOptimizer
{
    // Relative spread of the simplex's values at which the search stops; the likelihood is divided by the number of
    // customers first, so this is about 1e-12 of a customer's average log-likelihood.
    private const double Tolerance = 1e-12;
    private const int MaximumIterations = 20_000;
    // A simplex can collapse early on a flat ridge; searching again from where it stopped, with a fresh simplex, costs
    // a few more evaluations and removes that risk.
    private const int Restarts = 3;

    /// <summary>The parameters (not their logarithms) that maximise <paramref name="logLikelihood"/>.</summary>
    public static double[] Maximise(Func<double[], double> logLikelihood, double[] start, double scale)
    {
        var objective = ObjectiveFunction.Value(logParameters =>
        {
            var parameters = new double[logParameters.Count];
            for (var i = 0; i < parameters.Length; i++) parameters[i] = Math.Exp(logParameters[i]);
            var value = logLikelihood(parameters) / scale;
            // The simplex only compares values: an impossible point is simply a very bad one.
            return double.IsFinite(value) ? -value : double.MaxValue;
        });

        var point = Vector<double>.Build.Dense(start.Length, i => Math.Log(start[i]));
        var step = Vector<double>.Build.Dense(start.Length, 0.5);
        var simplex = new NelderMeadSimplex(Tolerance, MaximumIterations);
        for (var round = 0; round <= Restarts; round++)
        {
            point = simplex.FindMinimum(objective, point, step).MinimizingPoint;
            step = Vector<double>.Build.Dense(start.Length, 0.1);
        }

        return [.. point.Select(Math.Exp)];
    }
}
