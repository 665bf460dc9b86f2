namespace Hub.Identity.Matching;

/// <summary>
/// Starting values for the model, and what it falls back to where the data is too small to say: a few records from a
/// test or a new shop must not make agreeing on a first name look like proof. Estimates from the data are blended with
/// these as if they had been seen on <see cref="PriorPairs"/> pairs, so a large data set outweighs them completely.
/// </summary>
internal static class ModelDefaults
{
    /// <summary>How many pairs' worth of weight the defaults carry against the data.</summary>
    public const double PriorPairs = 1000;

    // Per field, per level (missing first, then exact ... different): P(level | same customer), among non-missing levels.
    private static readonly double[][] M =
    [
        [0, 0.85, 0.08, 0.04, 0.03],
        [0, 0.85, 0.08, 0.04, 0.03],
        [0, 0.85, 0.08, 0.03, 0.04],
        [0, 0.80, 0.05, 0.15],
        [0, 0.80, 0.20],
        [0, 0.75, 0.10, 0.15],
        [0, 0.85, 0.05, 0.10],
        [0, 0.85, 0.05, 0.10],
        [0, 0.90, 0.05, 0.05],
    ];

    // P(level | different customers): exact agreement of strangers is rare, and rarer the more identifying the field.
    private static readonly double[][] U =
    [
        [0, 0.01, 0.01, 0.05, 0.93],
        [0, 0.005, 0.005, 0.03, 0.96],
        [0, 0.0001, 0.0005, 0.003, 0.9964],
        [0, 0.000001, 0.0001, 0.999899],
        [0, 0.000001, 0.999999],
        [0, 0.0001, 0.0005, 0.9994],
        [0, 0.02, 0.005, 0.975],
        [0, 0.002, 0.01, 0.988],
        [0, 0.000001, 0.00001, 0.999989],
    ];

    public static double[] MOf(MatchField field) => (double[])M[(int)field].Clone();

    public static double[] UOf(MatchField field) => (double[])U[(int)field].Clone();
}
