namespace Hub.Contracts;

/// <summary>
/// The names of the scores, parameters and series the bundled mining plugin writes, which the hub's GraphQL API reads
/// (<c>Customer.scores</c>, <c>segments</c>, <c>keyAccounts</c>, <c>winBackCandidates</c>, <c>demandForecast</c>). A
/// third-party miner that writes the same names under the same miner name feeds the same fields.
/// </summary>
public static class MiningScores
{
    /// <summary>Miner <c>rfm</c>: recency, frequency, monetary quintile scores 1–5 and the named segment.</summary>
    public static class Rfm
    {
        /// <summary>The miner's name.</summary>
        public const string Miner = "rfm";

        /// <summary>Recency score 1–5 (5: bought most recently).</summary>
        public const string Recency = "rfm.recency";

        /// <summary>Frequency score 1–5 (5: most purchases).</summary>
        public const string Frequency = "rfm.frequency";

        /// <summary>Monetary score 1–5 (5: most spent).</summary>
        public const string Monetary = "rfm.monetary";

        /// <summary>The three scores as one: value R*100 + F*10 + M, label e.g. <c>"545"</c>.</summary>
        public const string Score = "rfm.score";

        /// <summary>The named segment as label: Champions, Loyal, Potential Loyalist, New, Promising, Need Attention, About to Sleep, At Risk, Can't Lose Them, Hibernating, Lost.</summary>
        public const string Segment = "rfm.segment";
    }

    /// <summary>Miner <c>keyaccounts</c>: the customer pyramid tier and the key-account score with its criteria.</summary>
    public static class KeyAccounts
    {
        /// <summary>The miner's name.</summary>
        public const string Miner = "keyaccounts";

        /// <summary>The pyramid tier as label: Platinum, Gold, Iron, Lead.</summary>
        public const string Tier = "keyaccounts.tier";

        /// <summary>The key-account score, 0–100.</summary>
        public const string Score = "keyaccounts.score";

        /// <summary>The rank by key-account score, 1 for the top account.</summary>
        public const string Rank = "keyaccounts.rank";

        /// <summary>The six criteria, in the order the strategy lists them.</summary>
        public static readonly IReadOnlyList<string> Criteria = ["sales", "loyalty", "interaction", "potential", "group", "influence"];

        /// <summary>A criterion's normalised value 0–1.</summary>
        public static string CriterionValue(string criterion) => $"keyaccounts.{criterion}.value";

        /// <summary>A criterion's weight (the weights sum to 1).</summary>
        public static string CriterionWeight(string criterion) => $"keyaccounts.{criterion}.weight";

        /// <summary>A criterion's contribution to the score: value × weight × 100.</summary>
        public static string CriterionContribution(string criterion) => $"keyaccounts.{criterion}.contribution";
    }

    /// <summary>
    /// Miner <c>clv</c>: BG/NBD and Gamma-Gamma per customer. Run parameters <c>bgnbd.r</c>, <c>bgnbd.alpha</c>,
    /// <c>bgnbd.a</c>, <c>bgnbd.b</c>, <c>gammagamma.p</c>, <c>gammagamma.q</c>, <c>gammagamma.v</c> and
    /// <c>clv.monthly_discount_rate</c>; with the per-customer inputs below the API evaluates any horizon.
    /// </summary>
    public static class Clv
    {
        /// <summary>The miner's name.</summary>
        public const string Miner = "clv";

        /// <summary>Repeat purchases (purchase days after the first), x.</summary>
        public const string Frequency = "clv.frequency";

        /// <summary>Weeks from the first to the last purchase, t_x.</summary>
        public const string RecencyWeeks = "clv.recency_weeks";

        /// <summary>Weeks from the first purchase to the as-of date, T.</summary>
        public const string AgeWeeks = "clv.age_weeks";

        /// <summary>Mean value of the repeat purchases (the Gamma-Gamma input m̄x).</summary>
        public const string AverageOrderValue = "clv.average_order_value";

        /// <summary>Probability the customer is still alive (buying), 0–1.</summary>
        public const string ProbabilityAlive = "clv.probability_alive";

        /// <summary>Expected average order value from the Gamma-Gamma model.</summary>
        public const string ExpectedAverageOrderValue = "clv.expected_average_order_value";

        /// <summary>Expected purchases in the next 52 weeks.</summary>
        public const string ExpectedPurchases52Weeks = "clv.expected_purchases_52w";

        /// <summary>Discounted value of the next 12 months.</summary>
        public const string Value12Months = "clv.value_12m";
    }

    /// <summary>Miner <c>winback</c>: valuable customers likely lapsing, ranked by value at risk.</summary>
    public static class WinBack
    {
        /// <summary>The miner's name.</summary>
        public const string Miner = "winback";

        /// <summary>The value at risk (value that would be lost if the customer lapses).</summary>
        public const string ValueAtRisk = "winback.value_at_risk";

        /// <summary>The rank by value at risk, 1 first.</summary>
        public const string Rank = "winback.rank";

        /// <summary>Why the customer is on the list, as label, e.g. <c>Gold tier, probability alive 0.18, RFM At Risk</c>.</summary>
        public const string Reason = "winback.reason";
    }

    /// <summary>Miner <c>satisfaction</c>: CSAT from call surveys, NPS from survey events, and their trend.</summary>
    public static class Satisfaction
    {
        /// <summary>The miner's name.</summary>
        public const string Miner = "satisfaction";

        /// <summary>CSAT, 0–100: the share of survey answers that were satisfied (4 or 5 of 5).</summary>
        public const string Csat = "satisfaction.csat";

        /// <summary>NPS, −100–100: promoters' share minus detractors' share of 0–10 answers.</summary>
        public const string Nps = "satisfaction.nps";

        /// <summary>The trend: value the change per 90 days, label <c>falling</c>, <c>stable</c> or <c>rising</c>.</summary>
        public const string Trend = "satisfaction.trend";
    }

    /// <summary>Miner <c>demand</c>: weekly demand per SKU (series = SKU, <c>*</c> for the total), actual and forecast.</summary>
    public static class Demand
    {
        /// <summary>The miner's name.</summary>
        public const string Miner = "demand";

        /// <summary>The series of total demand over every SKU.</summary>
        public const string TotalSeries = "*";
    }
}
