using Hub.Plugins.Mining.Clv;
using MathNet.Numerics.Distributions;
using static Hub.Plugins.Mining.Clv.ClvFormulas;

namespace Hub.Plugins.Mining.Tests;

/// <summary>Customers drawn from the BG/NBD and Gamma-Gamma processes themselves, to check that a fit recovers what made them.</summary>
internal static class SyntheticPopulation
{
    /// <summary>
    /// <paramref name="count"/> histories whose first purchase falls uniformly in the <paramref name="days"/> days before
    /// the as-of day, purchase times rounded down to whole days as the hub's data would be.
    /// </summary>
    public static List<CustomerHistory> Draw(int count, BgNbdParameters purchases, GammaGammaParameters spend, int days, int seed)
    {
        var random = new Random(seed);
        var asOf = new DateOnly(2026, 1, 1);
        var histories = new List<CustomerHistory>(count);
        var purchaseDays = new List<(int Day, double Amount)>();
        for (var customer = 0; customer < count; customer++)
        {
            var rate = Gamma.Sample(random, purchases.R, purchases.Alpha);
            var dropout = Beta.Sample(random, purchases.A, purchases.B);
            var spendScale = Gamma.Sample(random, spend.Q, spend.V);
            var ageWeeks = random.Next(days) / CustomerHistory.DaysPerWeek;
            var firstDay = asOf.DayNumber - (int)Math.Round(ageWeeks * CustomerHistory.DaysPerWeek);
            purchaseDays.Clear();
            purchaseDays.Add((firstDay, Gamma.Sample(random, spend.P, spendScale)));
            for (var week = Exponential.Sample(random, rate); week <= ageWeeks; week += Exponential.Sample(random, rate))
            {
                purchaseDays.Add((firstDay + (int)(week * CustomerHistory.DaysPerWeek), Gamma.Sample(random, spend.P, spendScale)));
                // Only a repeat purchase can be the last: the model's dropout follows a repeat purchase.
                if (random.NextDouble() < dropout) break;
            }

            histories.Add(CustomerHistory.FromPurchases(purchaseDays, asOf)!.Value);
        }

        return histories;
    }
}
