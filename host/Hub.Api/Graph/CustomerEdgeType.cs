using GraphQL.Types;
using Hub.Core.Model;

namespace Hub.Api.Graph;

internal sealed class CustomerEdgeType : ObjectGraphType<GoldenCustomer>
{
    public CustomerEdgeType()
    {
        Name = "CustomerEdge";
        Description = "A customer in a connection, with the cursor to continue after it.";
        Field<NonNullGraphType<StringGraphType>, string>("cursor").Resolve(c => CustomerCursor.Encode(c.Source.Number))
            .Description("Pass as after to read the customers that follow this one.");
        Field<NonNullGraphType<CustomerType>, GoldenCustomer>("node").Resolve(c => c.Source).Description("The customer.");
    }
}
