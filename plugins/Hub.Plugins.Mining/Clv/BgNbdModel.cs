using static Hub.Plugins.Mining.Clv.ClvFormulas;
using static MathNet.Numerics.SpecialFunctions;

namespace Hub.Plugins.Mining.Clv;

/// <summary>
/// The BG/NBD model of repeat buying (Fader, Hardie &amp; Lee 2005, "Counting your customers the easy way") fitted by
/// maximum likelihood. Customers with the same (x, t_x, T) contribute the same likelihood, so they are counted once with
/// a weight; the gamma and beta terms depend only on x and the logarithms only on the day counts, so they are computed
/// once per distinct x and per distinct day, leaving one exponential and one logarithm per row.
/// </summary>
public sealed class BgNbdModel
{
    private readonly DistinctValues _frequencies = new();
    private readonly DistinctValues _recencyDays = new();
    private readonly DistinctValues _ageDays = new();
    private readonly List<(int Frequency, int Recency, int Age, double Count)> _rows = [];
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

        foreach (var ((x, recency, age), count) in rows)
        {
            _rows.Add((_frequencies.IndexOf(x), _recencyDays.IndexOf(recency), _ageDays.IndexOf(age), count));
        }
    }

    /// <summary>How many distinct (x, t_x, T) rows the likelihood sums over.</summary>
    public int DistinctRows => _rows.Count;

    /// <summary>The likelihood of these customers, to evaluate at any parameters.</summary>
    public static BgNbdModel For(IEnumerable<CustomerHistory> customers) => new(customers);

    /// <summary>Fits r, α, a, b to the customers' histories.</summary>
    /// <exception cref="ArgumentException">when there is no customer to fit.</exception>
    public static FittedModel<BgNbdParameters> Fit(IEnumerable<CustomerHistory> customers)
    {
        var model = For(customers);
        if (model._customers == 0) throw new ArgumentException("BG/NBD needs at least one customer", nameof(customers));
        var best = LogSpaceOptimizer.Maximise(
            (parameters, gradient) => model.LogLikelihood(new BgNbdParameters(parameters[0], parameters[1], parameters[2], parameters[3]), gradient),
            start: [1, 1, 1, 1],
            scale: model._customers);
        var parameters = new BgNbdParameters(best[0], best[1], best[2], best[3]);
        return new FittedModel<BgNbdParameters>(parameters, model.LogLikelihood(parameters, new double[4]), model._customers);
    }

    /// <summary>
    /// The log-likelihood (eq. 6 of the paper) of every customer given to <see cref="Fit"/>; <paramref name="gradient"/>
    /// receives its derivatives by r, α, a and b.
    /// </summary>
    public double LogLikelihood(BgNbdParameters parameters, double[] gradient)
    {
        ArgumentNullException.ThrowIfNull(gradient);
        var (r, alpha, a, b) = parameters;
        var perFrequency = FrequencyTerms(parameters);
        var (logAge, inverseAge) = DayTerms(_ageDays, alpha);
        var (logRecency, inverseRecency) = DayTerms(_recencyDays, alpha);

        double total = 0, byR = 0, byAlpha = 0, byA = 0, byB = 0;
        foreach (var (frequency, recency, age, count) in _rows)
        {
            var terms = perFrequency[frequency];
            var power = r + terms.X;
            // Still alive at T, or dropped out right after the last purchase at t_x (only possible after a repeat purchase).
            var alive = -power * logAge[age];
            var logRow = alive;
            var dropoutWeight = 0.0;
            if (terms.X > 0)
            {
                var dropout = terms.LogDropout - power * logRecency[recency];
                var larger = Math.Max(alive, dropout);
                var aliveShare = Math.Exp(alive - larger);
                var dropoutShare = Math.Exp(dropout - larger);
                logRow = larger + Math.Log(aliveShare + dropoutShare);
                dropoutWeight = dropoutShare / (aliveShare + dropoutShare);
            }

            var aliveWeight = 1 - dropoutWeight;
            total += count * (terms.Value + logRow);
            byR += count * (terms.ByR - aliveWeight * logAge[age] - dropoutWeight * logRecency[recency]);
            byAlpha += count * (r / alpha - power * (aliveWeight * inverseAge[age] + dropoutWeight * inverseRecency[recency]));
            byA += count * (terms.ByA + dropoutWeight / a);
            byB += count * (terms.ByB - (terms.X > 0 ? dropoutWeight / (b + terms.X - 1) : 0));
        }

        gradient[0] = byR;
        gradient[1] = byAlpha;
        gradient[2] = byA;
        gradient[3] = byB;
        return total;
    }

    // lnΓ(r+x) − lnΓ(r) + r·ln α + ln B(a, b+x) − ln B(a, b), its derivatives, and ln(a/(b+x−1)).
    private FrequencyTerm[] FrequencyTerms(BgNbdParameters parameters)
    {
        var (r, alpha, a, b) = parameters;
        var shared = -GammaLn(r) + r * Math.Log(alpha) - BetaLn(a, b);
        var digammaAB = DiGamma(a + b);
        var terms = new FrequencyTerm[_frequencies.Count];
        for (var i = 0; i < terms.Length; i++)
        {
            var x = _frequencies[i];
            var digammaABX = DiGamma(a + b + x);
            terms[i] = new FrequencyTerm(
                x,
                shared + GammaLn(r + x) + BetaLn(a, b + x),
                x > 0 ? Math.Log(a) - Math.Log(b + x - 1) : double.NaN,
                DiGamma(r + x) - DiGamma(r) + Math.Log(alpha),
                digammaAB - digammaABX,
                DiGamma(b + x) - DiGamma(b) + digammaAB - digammaABX);
        }

        return terms;
    }

    private static (double[] Log, double[] Inverse) DayTerms(DistinctValues days, double alpha)
    {
        var log = new double[days.Count];
        var inverse = new double[days.Count];
        for (var i = 0; i < days.Count; i++)
        {
            var shifted = alpha + days[i] / CustomerHistory.DaysPerWeek;
            log[i] = Math.Log(shifted);
            inverse[i] = 1 / shifted;
        }

        return (log, inverse);
    }

    private readonly record struct FrequencyTerm(int X, double Value, double LogDropout, double ByR, double ByA, double ByB);
}
