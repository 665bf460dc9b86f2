using Hub.Plugins.Mining.Clv;
using static Hub.Plugins.Mining.Clv.ClvFormulas;

namespace Hub.Plugins.Mining.Tests;

/// <summary>The fits rely on analytic gradients; a wrong one would send BFGS astray, so each is checked against finite differences.</summary>
public sealed class LikelihoodGradientTests
{
    private static readonly List<CustomerHistory> Customers =
        SyntheticPopulation.Draw(2_000, new BgNbdParameters(0.4, 5, 0.9, 2.2), new GammaGammaParameters(5, 3.5, 12), days: 400, seed: 3);

    [Fact]
    public void BgNbdGradient_MatchesFiniteDifferences()
    {
        var model = BgNbdModel.For(Customers);
        double[] point = [0.35, 4.2, 0.7, 2.6];

        AssertGradientMatches(parameters => model.LogLikelihood(new BgNbdParameters(parameters[0], parameters[1], parameters[2], parameters[3]), new double[4]),
            (parameters, gradient) => model.LogLikelihood(new BgNbdParameters(parameters[0], parameters[1], parameters[2], parameters[3]), gradient),
            point);
    }

    [Fact]
    public void GammaGammaGradient_MatchesFiniteDifferences()
    {
        var model = GammaGammaModel.For(Customers);
        double[] point = [4.5, 3.2, 14];

        AssertGradientMatches(parameters => model.LogLikelihood(new GammaGammaParameters(parameters[0], parameters[1], parameters[2]), new double[3]),
            (parameters, gradient) => model.LogLikelihood(new GammaGammaParameters(parameters[0], parameters[1], parameters[2]), gradient),
            point);
    }

    private static void AssertGradientMatches(Func<double[], double> value, Func<double[], double[], double> valueAndGradient, double[] point)
    {
        var analytic = new double[point.Length];
        valueAndGradient(point, analytic);
        for (var i = 0; i < point.Length; i++)
        {
            var step = 1e-6 * point[i];
            var up = (double[])point.Clone();
            var down = (double[])point.Clone();
            up[i] += step;
            down[i] -= step;
            var numeric = (value(up) - value(down)) / (2 * step);
            Assert.True(Math.Abs(numeric - analytic[i]) <= 1e-5 * Math.Max(1, Math.Abs(numeric)), $"parameter {i}: analytic {analytic[i]}, numeric {numeric}");
        }
    }
}
