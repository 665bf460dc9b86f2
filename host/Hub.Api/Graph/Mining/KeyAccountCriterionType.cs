using GraphQL.Types;

namespace Hub.Api.Graph.Mining;

internal sealed class KeyAccountCriterionType : ObjectGraphType<KeyAccountCriterion>
{
    public KeyAccountCriterionType()
    {
        Name = "KeyAccountCriterion";
        Description = "One criterion of the key-account score.";
        Field(c => c.Name).Description("sales, loyalty, interaction, potential, group or influence.");
        Field(c => c.Value, nullable: true).Description("The customer's normalised value, 0-1.");
        Field(c => c.Weight, nullable: true).Description("The criterion's weight; the weights sum to 1.");
        Field(c => c.Contribution, nullable: true).Description("Points it adds to the score: value × weight × 100.");
    }
}
