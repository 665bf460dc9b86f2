using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace Hub.Plugins.Mining.Clv;

/// <summary>
/// A log-likelihood with its gradient: fills <c>gradient</c> (one entry per parameter) and returns the value.
/// </summary>
internal delegate double LogLikelihoodWithGradient(double[] parameters, double[] gradient);

/// <summary>
/// Maximises a log-likelihood over strictly positive parameters by searching their logarithms, so that no step can
/// leave the domain. BFGS with the analytic gradient converges in a few dozen evaluations, which matters when each one
/// sums over hundreds of thousands of distinct customers; Nelder-Mead, slower but needing no gradient, takes over if
/// BFGS's line search gives up on an awkward surface.
/// </summary>
internal static class LogSpaceOptimizer
{
    // The likelihood is divided by the number of customers, so these are per average customer.
    private const double GradientTolerance = 1e-9;
    private const double ParameterTolerance = 1e-12;
    private const double FunctionProgressTolerance = 1e-14;
    private const int MaximumIterations = 2_000;
    private const double SimplexTolerance = 1e-12;
    private const int SimplexIterations = 20_000;
    // A very weak ridge on the log-parameters. When the data cannot tell the parameters apart (say every customer buys
    // at exactly the same pace, so there is no heterogeneity to measure) the likelihood keeps rising towards infinite
    // parameters and no optimiser can stop; this keeps the optimum finite. Per average customer it is a millionth of
    // the squared log, which moves the CDNOW fit by far less than its published precision.
    private const double Ridge = 1e-6;

    /// <summary>The parameters (not their logarithms) that maximise <paramref name="logLikelihood"/>.</summary>
    public static double[] Maximise(LogLikelihoodWithGradient logLikelihood, double[] start, double scale)
    {
        var initial = Vector<double>.Build.Dense(start.Length, i => Math.Log(start[i]));
        try
        {
            var objective = ObjectiveFunction.Gradient(logParameters => NegatedAndScaled(logLikelihood, logParameters, scale));
            var result = new BfgsMinimizer(GradientTolerance, ParameterTolerance, FunctionProgressTolerance, MaximumIterations)
                .FindMinimum(objective, initial);
            return ToParameters(result.MinimizingPoint);
        }
        catch (Exception exception) when (exception is OptimizationException or ArithmeticException)
        {
            var objective = ObjectiveFunction.Value(logParameters => NegatedAndScaled(logLikelihood, logParameters, scale).Value);
            var point = new NelderMeadSimplex(SimplexTolerance, SimplexIterations)
                .FindMinimum(objective, initial, Vector<double>.Build.Dense(start.Length, 0.5)).MinimizingPoint;
            return ToParameters(point);
        }
    }

    private static (double Value, Vector<double> Gradient) NegatedAndScaled(LogLikelihoodWithGradient logLikelihood, Vector<double> logParameters, double scale)
    {
        var parameters = ToParameters(logParameters);
        var gradient = new double[parameters.Length];
        var value = logLikelihood(parameters, gradient) / scale;
        if (!double.IsFinite(value))
        {
            // An impossible point is just a very bad one; the gradient points back towards the start.
            return (double.MaxValue, logParameters.Clone());
        }

        // d/d(ln p) = p · d/dp.
        var penalty = Ridge * logParameters.DotProduct(logParameters);
        return (-value + penalty, Vector<double>.Build.Dense(parameters.Length, i => -parameters[i] * gradient[i] / scale + 2 * Ridge * logParameters[i]));
    }

    private static double[] ToParameters(Vector<double> logParameters) => [.. logParameters.Select(Math.Exp)];
}
