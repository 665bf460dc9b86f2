using GraphQL;
using GraphQL.Types;
using Hub.Contracts;
using Hub.Core.Mining;
using Hub.Plugins.Mining.Clv;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Graph.Mining;

internal sealed class ClvScoresType : ObjectGraphType<CustomerScores>
{
    private const int MaxWeeks = 520;
    private const int MaxMonths = 120;

    public ClvScoresType()
    {
        Name = "ClvScores";
        Description = "Customer lifetime value from the BG/NBD and Gamma-Gamma models.";
        Field<FloatGraphType, double?>("probabilityAlive").Resolve(c => c.Source.Value(MiningScores.Clv.ProbabilityAlive))
            .Description("The probability the customer is still buying, 0-1.");
        Field<FloatGraphType, double?>("expectedAverageOrderValue").Resolve(c => c.Source.Value(MiningScores.Clv.ExpectedAverageOrderValue))
            .Description("The expected value of a purchase (Gamma-Gamma).");
        Field<FloatGraphType, double?>("expectedPurchases")
            .Description("Purchases (purchase days) the BG/NBD model expects in the next `weeks` weeks.")
            .Argument<NonNullGraphType<IntGraphType>>("weeks", $"The horizon, 1 to {MaxWeeks} weeks.")
            .ResolveAsync(async c =>
            {
                var weeks = c.GetArgument<int>("weeks");
                if (weeks is < 1 or > MaxWeeks) throw ApiErrors.BadInput($"weeks must be between 1 and {MaxWeeks}; it is {weeks}");
                return await Evaluate(c, (model, i) => ClvFormulas.ConditionalExpectedPurchases(model.Purchases, i.X, i.Tx, i.Age, weeks));
            });
        Field<FloatGraphType, double?>("value")
            .Description("Customer lifetime value of the next `months` months: expected purchases × expected order value, discounted monthly at the clv run's clv.monthly_discount_rate.")
            .Argument<NonNullGraphType<IntGraphType>>("months", $"The horizon, 1 to {MaxMonths} months.")
            .ResolveAsync(async c =>
            {
                var months = c.GetArgument<int>("months");
                if (months is < 1 or > MaxMonths) throw ApiErrors.BadInput($"months must be between 1 and {MaxMonths}; it is {months}");
                return await Evaluate(c, (model, i) => ClvFormulas.DiscountedValue(model.Purchases, model.Spend, i.X, i.Tx, i.Age, i.AverageOrderValue, months, model.MonthlyDiscountRate));
            });
    }

    // Null for a customer the clv run did not score (no orders as of its date) or when no clv run has succeeded.
    private static async Task<double?> Evaluate(IResolveFieldContext<CustomerScores> context, Func<ClvModel, ClvInputs, double> formula)
    {
        var scores = context.Source;
        if ((scores.Value(MiningScores.Clv.Frequency), scores.Value(MiningScores.Clv.RecencyWeeks), scores.Value(MiningScores.Clv.AgeWeeks)) is not ({ } x, { } tx, { } age))
            return null;
        var model = await context.RequestServices!.GetRequiredService<ClvModelLoader>().LoadAsync(context.CancellationToken);
        return model is null ? null : formula(model, new ClvInputs(x, tx, age, scores.Value(MiningScores.Clv.AverageOrderValue) ?? 0));
    }

    private readonly record struct ClvInputs(double X, double Tx, double Age, double AverageOrderValue);
}
