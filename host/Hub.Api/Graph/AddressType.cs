using GraphQL.Types;

namespace Hub.Api.Graph;

internal sealed class AddressType : ObjectGraphType<PostalAddress>
{
    public AddressType()
    {
        Name = "Address";
        Description = "A postal address one of the customer's source records gives.";
        Field<StringGraphType, string?>("street").Resolve(c => c.Source.Street).Description("Street address.");
        Field<StringGraphType, string?>("city").Resolve(c => c.Source.City).Description("City.");
        Field<StringGraphType, string?>("postcode").Resolve(c => c.Source.Postcode).Description("Postal code.");
        Field<StringGraphType, string?>("country").Resolve(c => c.Source.Country).Description("Country, as the source gave it.");
    }
}
