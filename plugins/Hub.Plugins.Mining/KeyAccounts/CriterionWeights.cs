using Hub.Contracts;
using static Hub.Contracts.MiningScores.KeyAccounts;

namespace Hub.Plugins.Mining.KeyAccounts;

/// <summary>
/// The weight of each key-account criterion, in the order of <see cref="MiningScores.KeyAccounts.Criteria"/>, summing
/// to 1. The defaults lean on what the account has brought and will bring (sales 0.25, potential 0.20) over the softer
/// signals (loyalty, interaction and group 0.15 each, influence 0.10).
/// </summary>
public sealed class CriterionWeights
{
    private static readonly double[] Defaults = [0.25, 0.15, 0.15, 0.20, 0.15, 0.10];

    private readonly double[] _weights;

    /// <summary>Weights in the order of the criteria; they are scaled to sum to 1.</summary>
    /// <exception cref="ArgumentException">when there are not six, one is negative, or all are zero.</exception>
    public CriterionWeights(IReadOnlyList<double> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Count != Criteria.Count) throw new ArgumentException($"expected {Criteria.Count} weights", nameof(weights));
        if (weights.Any(weight => weight < 0)) throw new ArgumentException("weights cannot be negative", nameof(weights));
        var sum = weights.Sum();
        if (sum <= 0) throw new ArgumentException("at least one weight must be positive", nameof(weights));
        _weights = [.. weights.Select(weight => weight / sum)];
    }

    /// <summary>The defaults.</summary>
    public static CriterionWeights Default { get; } = new(Defaults);

    /// <summary>The setting of one criterion's weight, e.g. <c>keyaccounts.weight.sales</c>.</summary>
    public static string Setting(string criterion) => $"keyaccounts.weight.{criterion}";

    /// <summary>The weight of the criterion at <paramref name="index"/>.</summary>
    public double this[int index] => _weights[index];

    /// <summary>
    /// The weights set in <paramref name="settings"/>, each defaulting on its own, then scaled to sum to 1 so that
    /// setting one weight does not require restating the others.
    /// </summary>
    /// <exception cref="InvalidSettingException">when a weight is negative or not a number, or all are zero.</exception>
    public static CriterionWeights Read(ISettings settings)
    {
        var weights = Criteria.Select((criterion, i) => settings.GetDouble(Setting(criterion), Defaults[i], 0, double.MaxValue)).ToArray();
        return weights.Sum() > 0
            ? new CriterionWeights(weights)
            : throw new InvalidSettingException(Setting(Criteria[0]), "at least one key-account weight must be positive");
    }

    /// <summary>The weights as run parameters.</summary>
    public IReadOnlyDictionary<string, double> RunParameters() =>
        Criteria.Select((criterion, i) => (Setting(criterion), _weights[i])).ToDictionary();
}
