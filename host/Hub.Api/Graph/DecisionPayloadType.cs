using GraphQL.Types;
using Hub.Core.Model;
using Hub.Pipeline.Identity;

namespace Hub.Api.Graph;

/// <summary>What the identity mutations answer: the decision logged and the customers it reached once resolution ran.</summary>
internal abstract class DecisionPayloadType : ObjectGraphType<IdentityChange>
{
    protected DecisionPayloadType(string name, string description)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<IdentityDecisionType>, IdentityDecision>("decision").Resolve(c => c.Source.Decision)
            .Description("The decision, as the decision log keeps it.");
    }

    /// <summary>The one customer the decision's records belong to now.</summary>
    protected void CustomerField(string description) =>
        Field<CustomerType, GoldenCustomer>("customer").Resolve(c => c.Source.Customers.FirstOrDefault()).Description(description);

    /// <summary>Every customer the decision's records belong to now, by id.</summary>
    protected void CustomersField(string description) =>
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CustomerType>>>, IReadOnlyList<GoldenCustomer>>("customers")
            .Resolve(c => c.Source.Customers).Description(description);
}
