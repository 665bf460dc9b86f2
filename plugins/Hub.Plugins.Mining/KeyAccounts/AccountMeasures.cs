namespace Hub.Plugins.Mining.KeyAccounts;

/// <summary>The raw measures behind the six key-account criteria for one customer, before normalisation.</summary>
/// <param name="CustomerId">The hub's customer id.</param>
/// <param name="Revenue">Sales: revenue as of the run date.</param>
/// <param name="Profit">Sales: profit contribution.</param>
/// <param name="TenureDays">Loyalty: days since the first purchase or first contact.</param>
/// <param name="RepeatPurchaseRate">Loyalty: the share of purchase days that were repeat purchases, x/(x+1).</param>
/// <param name="RecentTouches">Interaction: interactions and events in the last 12 months.</param>
/// <param name="RecentChannels">Interaction: distinct channels used in the last 12 months.</param>
/// <param name="PredictedValue">Potential: the CLV model's discounted 12-month value.</param>
/// <param name="GroupRevenue">Group: the revenue of the biggest group the customer belongs to.</param>
/// <param name="Followers">Influence: GitHub followers.</param>
/// <param name="Referrals">Influence: referrals.</param>
public sealed record AccountMeasures(
    string CustomerId,
    double Revenue,
    double Profit,
    double TenureDays,
    double RepeatPurchaseRate,
    double RecentTouches,
    double RecentChannels,
    double PredictedValue,
    double GroupRevenue,
    double Followers,
    double Referrals);
