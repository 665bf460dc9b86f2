using GraphQL.Types;
using Hub.Core.Model;

namespace Hub.Api.Graph;

internal sealed class DecisionKindType : EnumerationGraphType<DecisionKind>
{
    public DecisionKindType()
    {
        Name = "DecisionKind";
        Description = "What an operator decided about identities: MERGE, SPLIT, OVERRIDE (a golden field's value) or CLEAR_OVERRIDE.";
    }
}
