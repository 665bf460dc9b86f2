using GraphQL.Types;
using Hub.Contracts;

namespace Hub.Api.Graph;

internal sealed class CustomerKindType : EnumerationGraphType<CustomerKind>
{
    public CustomerKindType()
    {
        Name = "CustomerKind";
        Description = "Who a customer is: CRM deals with consumers, companies, channel partners and the business's own departments.";
    }
}
