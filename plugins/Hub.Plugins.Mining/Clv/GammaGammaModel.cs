using static Hub.Plugins.Mining.Clv.ClvFormulas;
using static MathNet.Numerics.SpecialFunctions;

namespace Hub.Plugins.Mining.Clv;

/// <summary>
/// The Gamma-Gamma model of spend per transaction (Fader, Hardie &amp; Lee 2005, "RFM and CLV: using iso-value curves"),
/// fitted by maximum likelihood on the customers with at least one repeat purchase of positive value: the model explains
/// the mean of repeat transactions, which a one-time buyer does not have.
/// </summary>
public sealed class GammaGammaModel
{
    private readonly int[] _distinctFrequencies;
    private readonly double[] _customersPerFrequency;
    private readonly double[] _sumLogValuePerFrequency;
    // Distinct (x, m̄x) pairs for the one term that mixes both: (p·x + q)·ln(x·m̄x + v).
    private readonly double[] _frequencies;
    private readonly double[] _totals;
    private readonly double[] _counts;
    private readonly int _customers;

    private GammaGammaModel(IEnumerable<CustomerHistory> customers)
    {
        var pairs = new Dictionary<(int X, double Mean), int>();
        var perFrequency = new SortedDictionary<int, (double Customers, double SumLogValue)>();
        foreach (var customer in customers)
        {
            if (!Informs(customer)) continue;
            var key = (customer.Frequency, customer.AverageRepeatValue);
            pairs[key] = pairs.GetValueOrDefault(key) + 1;
            var (count, sumLog) = perFrequency.GetValueOrDefault(customer.Frequency);
            perFrequency[customer.Frequency] = (count + 1, sumLog + Math.Log(customer.AverageRepeatValue));
            _customers++;
        }

        _distinctFrequencies = [.. perFrequency.Keys];
        _customersPerFrequency = [.. perFrequency.Values.Select(value => value.Customers)];
        _sumLogValuePerFrequency = [.. perFrequency.Values.Select(value => value.SumLogValue)];
        _frequencies = [.. pairs.Keys.Select(key => (double)key.X)];
        _totals = [.. pairs.Keys.Select(key => key.X * key.Mean)];
        _counts = [.. pairs.Values.Select(count => (double)count)];
    }

    /// <summary>Whether the customer's repeat purchases say anything about their spend (x &gt; 0 and m̄x &gt; 0).</summary>
    public static bool Informs(CustomerHistory customer) => customer.Frequency > 0 && customer.AverageRepeatValue > 0;

    /// <summary>The likelihood of these customers, to evaluate at any parameters.</summary>
    public static GammaGammaModel For(IEnumerable<CustomerHistory> customers) => new(customers);

    /// <summary>Fits p, q, v to the customers with repeat purchases; the others are ignored.</summary>
    /// <exception cref="ArgumentException">when no customer has a repeat purchase of positive value.</exception>
    public static FittedModel<GammaGammaParameters> Fit(IEnumerable<CustomerHistory> customers)
    {
        var model = For(customers);
        if (model._customers == 0) throw new ArgumentException("Gamma-Gamma needs at least one customer with a repeat purchase", nameof(customers));
        var best = LogSpaceOptimizer.Maximise(
            (parameters, gradient) => model.LogLikelihood(new GammaGammaParameters(parameters[0], parameters[1], parameters[2]), gradient),
            start: [1, 1, 1],
            scale: model._customers);
        var parameters = new GammaGammaParameters(best[0], best[1], best[2]);
        return new FittedModel<GammaGammaParameters>(parameters, model.LogLikelihood(parameters, new double[3]), model._customers);
    }

    /// <summary>
    /// The log-likelihood of the mean repeat values m̄x given x, summed over the customers that inform the model;
    /// <paramref name="gradient"/> receives its derivatives by p, q and v.
    /// </summary>
    public double LogLikelihood(GammaGammaParameters parameters, double[] gradient)
    {
        ArgumentNullException.ThrowIfNull(gradient);
        var (p, q, v) = parameters;
        double total = 0, byP = 0, byQ = 0, byV = 0;
        var shared = -GammaLn(q) + q * Math.Log(v);
        var sharedByQ = -DiGamma(q) + Math.Log(v);
        for (var i = 0; i < _distinctFrequencies.Length; i++)
        {
            var x = (double)_distinctFrequencies[i];
            var px = p * x;
            var customers = _customersPerFrequency[i];
            var digammaSum = DiGamma(px + q);
            total += customers * (shared + GammaLn(px + q) - GammaLn(px) + px * Math.Log(x)) + (px - 1) * _sumLogValuePerFrequency[i];
            byP += customers * x * (digammaSum - DiGamma(px) + Math.Log(x)) + x * _sumLogValuePerFrequency[i];
            byQ += customers * (sharedByQ + digammaSum);
            byV += customers * q / v;
        }

        for (var pair = 0; pair < _counts.Length; pair++)
        {
            var x = _frequencies[pair];
            var count = _counts[pair];
            var shifted = _totals[pair] + v;
            var logShifted = Math.Log(shifted);
            total -= count * (p * x + q) * logShifted;
            byP -= count * x * logShifted;
            byQ -= count * logShifted;
            byV -= count * (p * x + q) / shifted;
        }

        gradient[0] = byP;
        gradient[1] = byQ;
        gradient[2] = byV;
        return total;
    }
}
