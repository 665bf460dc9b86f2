using static Hub.Plugins.Mining.Clv.ClvFormulas;
using static MathNet.Numerics.SpecialFunctions;

namespace Hub.Plugins.Mining.Clv;

/// <summary>
/// The BG/NBD model of repeat buying (Fader, Hardie &amp; Lee 2005, "Counting your customers the easy way") fitted by
/// maximum likelihood. Customers with the same (x, t_x, T) contribute the same likelihood, so they are counted once with
/// a weight: on day-resolution data a million customers collapse to far fewer distinct rows.
/// </summary>
public sealed class BgNbdModel
{
    private readonly int[] _frequencies;
    private readonly double[] _recencyWeeks;
    private readonly double[] _ageWeeks;
    private readonly double[] _counts;
    // Rows point into the distinct frequencies, whose gamma and beta terms are computed once per evaluation.
    private readonly int[] _frequencyIndex;
    private readonly int[] _distinctFrequencies;
    private readonly int _customers;

    private BgNbdModel(IEnumerable<CustomerHistory> customers)
    {
        var rows = new Dictionary<(int X, int Recency, int Age), int>();
        foreach (var customer in customers)
        {
            var key = (customer.Frequency, customer.RecencyDays, customer.AgeDays);
            rows[key] = rows.GetValueOrDefault(key) + 1;
            _customers++;
        }

        _distinctFrequencies = [.. rows.Keys.Select(key => key.X).Distinct().Order()];
        var indexOfFrequency = _distinctFrequencies.Select((x, index) => (x, index)).ToDictionary(pair => pair.x, pair => pair.index);
        _frequencies = [.. rows.Keys.Select(key => key.X)];
        _recencyWeeks = [.. rows.Keys.Select(key => key.Recency / CustomerHistory.DaysPerWeek)];
        _ageWeeks = [.. rows.Keys.Select(key => key.Age / CustomerHistory.DaysPerWeek)];
        _counts = [.. rows.Values.Select(count => (double)count)];
        _frequencyIndex = [.. _frequencies.Select(x => indexOfFrequency[x])];
    }

    /// <summary>How many distinct (x, t_x, T) rows the likelihood sums over.</summary>
    public int DistinctRows => _counts.Length;

    /// <summary>Fits r, α, a, b to the customers' histories.</summary>
    /// <exception cref="ArgumentException">when there is no customer to fit.</exception>
    public static FittedModel<BgNbdParameters> Fit(IEnumerable<CustomerHistory> customers)
    {
        var model = new BgNbdModel(customers);
        if (model._customers == 0) throw new ArgumentException("BG/NBD needs at least one customer", nameof(customers));
        var best = LogSpaceOptimizer.Maximise(
            parameters => model.LogLikelihood(new BgNbdParameters(parameters[0], parameters[1], parameters[2], parameters[3])),
            start: [1, 1, 1, 1],
            scale: model._customers);
        var parameters = new BgNbdParameters(best[0], best[1], best[2], best[3]);
        return new FittedModel<BgNbdParameters>(parameters, model.LogLikelihood(parameters), model._customers);
    }

    /// <summary>The log-likelihood of every customer given to <see cref="Fit"/> under <paramref name="parameters"/> (eq. 6 of the paper).</summary>
    public double LogLikelihood(BgNbdParameters parameters)
    {
        var (r, alpha, a, b) = parameters;
        var frequencyTerms = new double[_distinctFrequencies.Length];
        var dropoutTerms = new double[_distinctFrequencies.Length];
        var sharedTerm = -GammaLn(r) + r * Math.Log(alpha) - BetaLn(a, b);
        for (var i = 0; i < _distinctFrequencies.Length; i++)
        {
            var x = _distinctFrequencies[i];
            frequencyTerms[i] = sharedTerm + GammaLn(r + x) + BetaLn(a, b + x);
            dropoutTerms[i] = x > 0 ? Math.Log(a) - Math.Log(b + x - 1) : double.NaN;
        }

        var total = 0.0;
        for (var row = 0; row < _counts.Length; row++)
        {
            var x = _frequencies[row];
            var index = _frequencyIndex[row];
            var power = r + x;
            // Still alive at T, or dropped out right after the last purchase at t_x (only possible after a repeat purchase).
            var aliveTerm = -power * Math.Log(alpha + _ageWeeks[row]);
            var rowLikelihood = x == 0
                ? aliveTerm
                : LogSumExp(aliveTerm, dropoutTerms[index] - power * Math.Log(alpha + _recencyWeeks[row]));
            total += _counts[row] * (frequencyTerms[index] + rowLikelihood);
        }

        return total;
    }

    private static double LogSumExp(double left, double right)
    {
        var larger = Math.Max(left, right);
        return larger + Math.Log(Math.Exp(left - larger) + Math.Exp(right - larger));
    }
}
