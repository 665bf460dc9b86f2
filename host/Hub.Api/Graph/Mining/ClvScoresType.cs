using GraphQL.Types;
using Hub.Contracts;
using Hub.Core.Mining;

namespace Hub.Api.Graph.Mining;

internal sealed class ClvScoresType : ObjectGraphType<CustomerScores>
{
    public ClvScoresType()
    {
        Name = "ClvScores";
        Description = "Customer lifetime value from the BG/NBD and Gamma-Gamma models.";
        Field<FloatGraphType, double?>("probabilityAlive").Resolve(c => c.Source.Value(MiningScores.Clv.ProbabilityAlive))
            .Description("The probability the customer is still buying, 0-1.");
        Field<FloatGraphType, double?>("expectedAverageOrderValue").Resolve(c => c.Source.Value(MiningScores.Clv.ExpectedAverageOrderValue))
            .Description("The expected value of a purchase (Gamma-Gamma).");
    }
}
