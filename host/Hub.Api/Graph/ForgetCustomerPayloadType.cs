using GraphQL.Types;
using Hub.Core.Model;

namespace Hub.Api.Graph;

internal sealed class ForgetCustomerPayloadType : ObjectGraphType<Erasure>
{
    public ForgetCustomerPayloadType()
    {
        Name = "ForgetCustomerPayload";
        Description = "The erasure's audit entry, with what was erased.";
        Field<NonNullGraphType<ErasureType>, Erasure>("erasure").Resolve(c => c.Source).Description("The entry, as the erasure log keeps it.");
    }
}
