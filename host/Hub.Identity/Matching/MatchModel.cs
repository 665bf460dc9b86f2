using System.Text.Json.Serialization;

namespace Hub.Identity.Matching;

/// <summary>
/// Fellegi–Sunter parameters: for every field and comparison level, how often true matches (m) and strangers (u) land
/// there, and how likely two records picked at random are the same customer. Estimated from the data (no labels);
/// kept between runs so that an incremental run and a full rerun score pairs alike until someone retrains.
/// </summary>
public sealed class MatchModel
{
    /// <summary>Increases with every training; links name the version that scored them.</summary>
    public int Version { get; init; }

    /// <summary>When it was estimated.</summary>
    public DateTimeOffset TrainedAt { get; init; }

    /// <summary>Records it was estimated on.</summary>
    public int Records { get; init; }

    /// <summary>Candidate pairs it was estimated on.</summary>
    public long Pairs { get; init; }

    /// <summary>The probability that two records picked at random belong to one customer.</summary>
    public double RandomMatchProbability { get; init; }

    /// <summary>m per field (by <see cref="MatchField"/> name) and level: P(level | same customer).</summary>
    public required Dictionary<string, double[]> M { get; init; }

    /// <summary>u per field and level: P(level | different customers).</summary>
    public required Dictionary<string, double[]> U { get; init; }

    /// <summary>How common each name, city, postcode and mailbox name was among the records it was estimated on.</summary>
    public TermFrequencies? Terms { get; init; }

    /// <summary>The Bayes factor of a field's level, as log2: positive is evidence for a match. Level 0 (missing) is 0.</summary>
    public double Weight(MatchField field, int level) => level == 0 ? 0 : _weights.Value[(int)field][level];

    /// <summary>Prior log2-odds that two random records match.</summary>
    [JsonIgnore]
    public double PriorWeight => Math.Log2(RandomMatchProbability / (1 - RandomMatchProbability));

    /// <summary>m of a field's exact level, for term-frequency adjusted weights.</summary>
    public double ExactM(MatchField field) => M[field.ToString()][1];

    /// <summary>u of a field's exact level.</summary>
    public double ExactU(MatchField field) => U[field.ToString()][1];

    private readonly Lazy<double[][]> _weights;

    /// <summary>Creates an empty model; use <see cref="ModelTrainer"/>.</summary>
    public MatchModel() => _weights = new Lazy<double[][]>(Weights);

    private double[][] Weights() => ComparisonLevels.Fields
        .Select(f =>
        {
            var m = M[f.ToString()];
            var u = U[f.ToString()];
            return m.Select((mi, level) => level == 0 ? 0 : Math.Log2(mi / u[level])).ToArray();
        })
        .ToArray();
}
