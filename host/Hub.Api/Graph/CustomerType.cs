using GraphQL;
using GraphQL.Types;
using Hub.Api.Graph.Mining;
using Hub.Contracts;
using Hub.Core.Model;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Graph;

internal sealed class CustomerType : ObjectGraphType<GoldenCustomer>
{
    public CustomerType()
    {
        Name = "Customer";
        Description = "One real customer, unified from the records every channel has of them. Each field holds the best value across those records.";
        Interface<NodeInterface>();
        // Personal data goes through PersonalData: masked unless the caller's key has the pii scope.
        IsTypeOf = value => value is GoldenCustomer;

        Field<NonNullGraphType<IdGraphType>, string>("id").Resolve(c => c.Source.Id)
            .Description("The customer's id (cus_N): the same id the CLI and exports show.");
        Field<StringGraphType, string?>("displayName").Resolve(c => PersonalData.DisplayName(c, c.Source.DisplayName)).Description("The name to show: full name, or given and family name, or company, or e-mail.");
        Field<NonNullGraphType<CustomerKindType>, CustomerKind>("kind").Resolve(c => c.Source.Kind)
            .Description("Person, organization, channel partner or internal department.");
        Field(c => c.GivenName, nullable: true).Description("Given (first) name.");
        Field(c => c.FamilyName, nullable: true).Description("Family name (surname).");
        Field<StringGraphType, string?>("email").Resolve(c => PersonalData.Email(c, c.Source.Email)).Description("The preferred e-mail address.");
        Field<StringGraphType, string?>("phone").Resolve(c => PersonalData.Phone(c, c.Source.Phone)).Description("The preferred phone number, E.164 where it could be parsed.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>, IReadOnlyList<string>>("emails")
            .Resolve(c => PersonalData.Emails(c, c.Source.Emails)).Description("Every distinct e-mail address across the customer's records.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>, IReadOnlyList<string>>("phones")
            .Resolve(c => PersonalData.Phones(c, c.Source.Phones)).Description("Every distinct phone number across the customer's records.");
        Field<StringGraphType, string?>("street").Resolve(c => PersonalData.Street(c, c.Source.Street)).Description("Street address.");
        Field(c => c.City, nullable: true).Description("City.");
        Field<StringGraphType, string?>("postcode").Resolve(c => PersonalData.Postcode(c, c.Source.Postcode)).Description("Postal code.");
        Field(c => c.Country, nullable: true).Description("Country, an ISO 3166 alpha-2 code where the sources gave one.");
        // GraphQL.NET's standard Date scalar (yyyy-MM-dd) takes DateTime values; DateOnlyGraphType would print as "DateOnly".
        Field<DateGraphType, DateTime?>("birthDate").Resolve(c => PersonalData.BirthDate(c, c.Source.BirthDate)?.ToDateTime(TimeOnly.MinValue))
            .Description("Date of birth (yyyy-MM-dd).");
        Field(c => c.Company, nullable: true).Description("The company the person works for, or the organization's name.");
        Field(c => c.RecordCount).Description("How many source records this customer unifies.");
        Field<DateTimeScalarType, DateTimeOffset?>("firstOrderAt").Resolve(c => c.Source.Activity.FirstOrderAt)
            .Description("When the customer's first order was placed; null without orders.");
        Field<DateTimeScalarType, DateTimeOffset?>("lastOrderAt").Resolve(c => c.Source.Activity.LastOrderAt)
            .Description("When the customer's latest order was placed; null without orders.");
        Field<NonNullGraphType<IntGraphType>, int>("orderCount").Resolve(c => c.Source.Activity.OrderCount)
            .Description("How many orders the customer has placed (across all their source records).");
        Field<DateTimeScalarType, DateTimeOffset?>("firstInteractionAt").Resolve(c => c.Source.Activity.FirstInteractionAt)
            .Description("When the customer's first interaction (call, chat, visit) happened; null without interactions.");
        Field<DateTimeScalarType, DateTimeOffset?>("lastInteractionAt").Resolve(c => c.Source.Activity.LastInteractionAt)
            .Description("When the customer's latest interaction happened; null without interactions.");
        Field<NonNullGraphType<IntGraphType>, int>("interactionCount").Resolve(c => c.Source.Activity.InteractionCount)
            .Description("How many interactions the customer has had (across all their source records).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FieldLineageType>>>, IEnumerable<KeyValuePair<string, FieldLineage>>>("fieldLineage")
            .Description("Where each golden field's value came from, in field order; fields without a value are left out.")
            .Resolve(c => Lineage(c.Source));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FieldLineageType>>>, IEnumerable<KeyValuePair<string, FieldLineage>>>("lineage")
            .Description("Where each golden field's value came from, in field order; fields without a value are left out.")
            .DeprecationReason("Use fieldLineage: the same list.")
            .Resolve(c => Lineage(c.Source));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceRecordType>>>>("sources")
            .Description("The source records this customer unifies, by source and source id.")
            .Resolve(c => c.RequestServices!.GetRequiredService<CustomerSourcesLoader>().Load(c.Source.Number));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AddressType>>>>("addresses")
            .Description("Every distinct postal address across the customer's source records.")
            // From the same batched load as sources: asking for both costs one query a page.
            .Resolve(c => c.RequestServices!.GetRequiredService<CustomerSourcesLoader>().Load(c.Source.Number, records => Addresses(c, records)));
        Field<NonNullGraphType<OrderConnectionType>>("orders")
            .Description("The customer's orders, newest first: those naming any of the customer's source records.")
            .Argument<IntGraphType>("first", "How many orders, at most 500 (default 50).")
            .Argument<StringGraphType>("after", "Continue after this cursor (an edge's cursor or pageInfo.endCursor).")
            .Resolve(c => c.RequestServices!.GetRequiredService<CustomerActivityLoader>().Orders(c.Source.Number, HistoryPaging.From(c, "orders")));
        Field<NonNullGraphType<InteractionConnectionType>>("interactions")
            .Description("The customer's interactions (calls, chats, visits), newest first: those naming any of the customer's source records.")
            .Argument<IntGraphType>("first", "How many interactions, at most 500 (default 50).")
            .Argument<StringGraphType>("after", "Continue after this cursor (an edge's cursor or pageInfo.endCursor).")
            .Resolve(c => c.RequestServices!.GetRequiredService<CustomerActivityLoader>().Interactions(c.Source.Number, HistoryPaging.From(c, "interactions")));
        Field<NonNullGraphType<CustomerScoresType>>("scores")
            .Description("The customer's scores from the current run of each miner: RFM, tier, key account, CLV, satisfaction.")
            .Resolve(c => c.RequestServices!.GetRequiredService<MiningScoresLoader>().Load(c.Source.Number));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MatchEvidenceType>>>>("matchEvidence")
            .Description("The links identity resolution kept between the customer's source records, and why; rule and decision links first, then by weight.")
            .Resolve(c => c.RequestServices!.GetRequiredService<CustomerActivityLoader>().Links(c.Source.Number));
    }

    private static IEnumerable<KeyValuePair<string, FieldLineage>> Lineage(GoldenCustomer customer) =>
        GoldenFields.All.Where(customer.Lineage.ContainsKey).Select(f => KeyValuePair.Create(f, customer.Lineage[f]));

    // Distinct after masking too: a key without the pii scope should not learn that two hidden streets differ.
    private static IReadOnlyList<PostalAddress> Addresses(IResolveFieldContext context, IReadOnlyList<StoredCustomerRecord> records) =>
        [.. records
            .Where(r => r.Record.Street is not null || r.Record.City is not null || r.Record.Postcode is not null || r.Record.Country is not null)
            .Select(r => new PostalAddress(PersonalData.Street(context, r.Record.Street), r.Record.City,
                PersonalData.Postcode(context, r.Record.Postcode), r.Record.Country))
            .Distinct()];
}
