using GraphQL.Types;
using Hub.Contracts;

namespace Hub.Api.Graph;

internal sealed class OrderLineType : ObjectGraphType<OrderLine>
{
    public OrderLineType()
    {
        Name = "OrderLine";
        Description = "One line of an order.";
        Field<NonNullGraphType<StringGraphType>, string>("sku").Resolve(c => c.Source.Sku).Description("The article's stock-keeping unit.");
        Field<NonNullGraphType<DecimalStringGraphType>, decimal>("quantity").Resolve(c => c.Source.Quantity).Description("How many.");
        Field<NonNullGraphType<DecimalStringGraphType>, decimal>("unitPrice").Resolve(c => c.Source.UnitPrice)
            .Description("The price of one, in the order's currency.");
    }
}
