using Hub.Plugins.Mining.KeyAccounts;

namespace Hub.Plugins.Mining.WinBack;

/// <summary>What the win-back list weighs of one customer with orders.</summary>
/// <param name="CustomerId">The hub's customer id.</param>
/// <param name="Tier">The customer-pyramid tier.</param>
/// <param name="Revenue">Revenue as of the run date.</param>
/// <param name="Value12Months">The CLV model's discounted 12-month value.</param>
/// <param name="Value12MonthsIfAlive">The same value were the customer certainly still buying.</param>
/// <param name="ProbabilityAlive">BG/NBD P(alive).</param>
/// <param name="RfmSegment">The RFM segment, where known (see <see cref="LapseSignals"/>).</param>
public sealed record WinBackInput(
    string CustomerId,
    Tier Tier,
    double Revenue,
    double Value12Months,
    double Value12MonthsIfAlive,
    double ProbabilityAlive,
    string? RfmSegment = null);
