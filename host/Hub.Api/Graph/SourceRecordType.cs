using GraphQL;
using GraphQL.Types;
using Hub.Core.Model;

namespace Hub.Api.Graph;

internal sealed class SourceRecordType : ObjectGraphType<StoredCustomerRecord>
{
    public SourceRecordType()
    {
        Name = "SourceRecord";
        Description = "A customer as one source knows it; the customer unifies one or more of these.";
        // Its raw personal data is masked like the customer's (PersonalData), attributes that look personal included.
        Field(r => r.Source).Description("The source the record came from (a connector instance or an import).");
        Field(r => r.SourceId).Description("The record's id in its source.");
        Text("fullName", r => r.Record.FullName, "The name as the source wrote it, when it does not split it.");
        Text("givenName", r => r.Record.GivenName, "Given (first) name.");
        Text("familyName", r => r.Record.FamilyName, "Family name (surname).");
        Text("email", (c, r) => PersonalData.Email(c, r.Record.Email), "E-mail address as the source has it.");
        Text("phone", (c, r) => PersonalData.Phone(c, r.Record.Phone), "Phone number as the source has it.");
        Text("city", r => r.Record.City, "City.");
        Text("country", r => r.Record.Country, "Country.");
        Text("company", r => r.Record.Company, "The company the person works for, or the organization's name.");
        Text("externalId", r => r.Record.ExternalId, "An id shared across systems (a loyalty card, a CRM id).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceAttributeType>>>, IEnumerable<KeyValuePair<string, string>>>("attributes")
            .Description("Source fields with no canonical place, by name.")
            .Resolve(c => c.Source.Record.Attributes.OrderBy(a => a.Key, StringComparer.Ordinal)
                .Select(a => KeyValuePair.Create(a.Key, PersonalData.Attribute(c, a.Key, a.Value))));
    }

    private void Text(string name, Func<StoredCustomerRecord, string?> value, string description) =>
        Text(name, (_, record) => value(record), description);

    private void Text(string name, Func<IResolveFieldContext, StoredCustomerRecord, string?> value, string description) =>
        Field<StringGraphType, string?>(name).Description(description).Resolve(c => value(c, c.Source));
}
