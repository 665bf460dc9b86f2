using GraphQL.Types;
using Hub.Contracts;
using Hub.Core.Mining;

namespace Hub.Api.Graph.Mining;

/// <summary><c>Customer.scores</c>: what the current run of each miner says of the customer; a part is null when its miner has not scored the customer.</summary>
internal sealed class CustomerScoresType : ObjectGraphType<CustomerScores>
{
    public CustomerScoresType()
    {
        Name = "CustomerScores";
        Description = "The customer's scores from the current (latest succeeded) run of each miner; a part is null when its miner has no result for the customer.";
        Field<RfmScoresType, CustomerScores>("rfm").Resolve(c => Has(c.Source, MiningScores.Rfm.Miner) ? c.Source : null)
            .Description("Recency, frequency and monetary scores and the RFM segment (miner rfm).");
        Field<StringGraphType, string?>("tier").Resolve(c => c.Source.Label(MiningScores.KeyAccounts.Tier))
            .Description("The customer-pyramid tier: Platinum, Gold, Iron or Lead (miner keyaccounts).");
        Field<KeyAccountScoreType, CustomerScores>("keyAccount").Resolve(c => Has(c.Source, MiningScores.KeyAccounts.Miner) ? c.Source : null)
            .Description("The key-account score and how each criterion contributed to it (miner keyaccounts).");
        Field<ClvScoresType, CustomerScores>("clv").Resolve(c => Has(c.Source, MiningScores.Clv.Miner) ? c.Source : null)
            .Description("Customer lifetime value: whether the customer is still buying and what a purchase is worth (miner clv).");
        Field<SatisfactionScoresType, CustomerScores>("satisfaction").Resolve(c => Has(c.Source, MiningScores.Satisfaction.Miner) ? c.Source : null)
            .Description("CSAT, NPS and their trend (miner satisfaction).");
    }

    private static bool Has(CustomerScores scores, string miner) => scores.Scores.Keys.Any(k => k.StartsWith(miner + ".", StringComparison.Ordinal));
}
