using System.Globalization;
using Hub.Contracts;

namespace Hub.Plugins.Mining.WinBack;

/// <summary>
/// Decides whether a customer is lapsing, and says why. Today the signal is the BG/NBD probability of being alive below
/// a threshold; the RFM segment is the extension point for the RFM miner: once its segment is available to this miner,
/// pass it and "At Risk" or "Can't Lose Them" counts as lapsing too, named in the reason.
/// </summary>
public sealed class LapseSignals(double probabilityAliveThreshold)
{
    /// <summary>The setting of the threshold.</summary>
    public const string ThresholdSetting = "winback.probability_alive_threshold";

    /// <summary>Below an even chance of still buying.</summary>
    public const double DefaultThreshold = 0.5;

    /// <summary>The RFM segments that mean a once-good customer is slipping away.</summary>
    public static IReadOnlyList<string> LapsingRfmSegments { get; } = ["At Risk", "Can't Lose Them"];

    /// <summary>Customers below this P(alive) are lapsing.</summary>
    public double ProbabilityAliveThreshold { get; } = probabilityAliveThreshold;

    /// <summary>The threshold from <paramref name="settings"/>.</summary>
    /// <exception cref="InvalidSettingException">when it is outside [0, 1].</exception>
    public static LapseSignals Read(ISettings settings) => new(settings.GetDouble(ThresholdSetting, DefaultThreshold, 0, 1));

    /// <summary>
    /// The signals of lapsing, as phrases for the reason label; empty when the customer is not lapsing. The probability
    /// is always named when there is a signal, since it is what a reader weighs first.
    /// </summary>
    public IReadOnlyList<string> Assess(double probabilityAlive, string? rfmSegment = null)
    {
        var lowProbability = probabilityAlive < ProbabilityAliveThreshold;
        var lapsingSegment = rfmSegment is not null && LapsingRfmSegments.Contains(rfmSegment, StringComparer.OrdinalIgnoreCase);
        if (!lowProbability && !lapsingSegment) return [];
        var probability = $"probability alive {probabilityAlive.ToString("0.00", CultureInfo.InvariantCulture)}";
        return lapsingSegment ? [probability, $"RFM {rfmSegment}"] : [probability];
    }
}
