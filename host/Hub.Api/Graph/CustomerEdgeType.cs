using GraphQL.Types;
using Hub.Core.Model;

namespace Hub.Api.Graph;

/// <summary>A customer on a page and its cursor.</summary>
internal sealed record CustomerEdge(GoldenCustomer Node, string Cursor);

internal sealed class CustomerEdgeType : ObjectGraphType<CustomerEdge>
{
    public CustomerEdgeType()
    {
        Name = "CustomerEdge";
        Description = "A customer in a connection, with the cursor to continue after it.";
        Field<NonNullGraphType<StringGraphType>, string>("cursor").Resolve(c => c.Source.Cursor)
            .Description("Pass as after to read the customers that follow this one, or as before for those before it.");
        Field<NonNullGraphType<CustomerType>, GoldenCustomer>("node").Resolve(c => c.Source.Node).Description("The customer.");
    }
}
