using GraphQL.Types;
using Hub.Contracts;
using Hub.Core.Storage.Customers;

namespace Hub.Api.Graph;

internal sealed class OrderType : ObjectGraphType<StoredOrder>
{
    public OrderType()
    {
        Name = "Order";
        Description = "An order a source sent, reaching the customer through the source record it names.";
        Field<NonNullGraphType<StringGraphType>, string>("orderId").Resolve(c => c.Source.OrderId).Description("The order's id in its source.");
        Field<NonNullGraphType<StringGraphType>, string>("source").Resolve(c => c.Source.Source).Description("The source that sent it.");
        Field<NonNullGraphType<DateTimeScalarType>, DateTimeOffset>("orderedAt").Resolve(c => c.Source.Position.At).Description("When it was ordered.");
        Field<NonNullGraphType<MoneyType>, (string Currency, decimal Amount)>("amount").Resolve(c => (c.Source.Currency, c.Source.Amount))
            .Description("The order total.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrderLineType>>>, IReadOnlyList<OrderLine>>("lines").Resolve(c => c.Source.Lines)
            .Description("The order lines, when the source sent them.");
    }
}
