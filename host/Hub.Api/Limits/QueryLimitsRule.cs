using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;

namespace Hub.Api.Limits;

/// <summary>
/// Refuses, before anything executes, an operation nested deeper than <see cref="ApiLimits.MaxDepth"/> (see
/// <see cref="QueryDepth"/>) or costing more than <see cref="ApiLimits.MaxCost"/> (see <see cref="QueryCost"/>).
/// Variables are resolved first, so <c>customers(first: $n)</c> costs what <c>$n</c> says. Like any validation error,
/// the refusal is 400 under <c>application/graphql-response+json</c> and 200 with only errors under <c>application/json</c>.
/// </summary>
internal sealed class QueryLimitsRule(ApiLimits limits)
    : ComplexityValidationRule(new ComplexityOptions { DefaultComplexityImpactDelegate = QueryCost.Impact })
{
    protected override ValueTask ValidateComplexityAsync(ValidationContext context, double totalComplexity, int maxDepth)
    {
        // GraphQL.NET's own depth counts introspection too; QueryDepth leaves it out.
        var depth = QueryDepth.Of(context.Operation, context.Document);
        if (depth > limits.MaxDepth) context.ReportError(LimitErrors.TooDeep(depth, limits));
        if (totalComplexity > limits.MaxCost) context.ReportError(LimitErrors.TooCostly(totalComplexity, limits));
        return default;
    }
}
