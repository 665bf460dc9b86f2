using GraphQL.Types;
using Hub.Core.Storage.Customers;

namespace Hub.Api.Graph;

/// <summary>The customers connection's <c>filter</c> argument: conditions per golden field, combined with and, or and not.</summary>
internal sealed class CustomerFilterType : InputObjectGraphType
{
    /// <summary>The filterable fields: GraphQL name, field, and the filter type that says which operators apply.</summary>
    public static readonly (string Name, CustomerField Field, Type Filter, string Description)[] Filterable =
    [
        ("id", CustomerField.Id, typeof(IntFilterType), "The customer number: the digits of cus_N."),
        ("displayName", CustomerField.DisplayName, typeof(StringFilterType), "The name to show."),
        ("givenName", CustomerField.GivenName, typeof(StringFilterType), "Given (first) name."),
        ("familyName", CustomerField.FamilyName, typeof(StringFilterType), "Family name."),
        ("email", CustomerField.Email, typeof(StringFilterType), "The preferred e-mail address (personal data: keys with the pii scope only)."),
        ("phone", CustomerField.Phone, typeof(StringFilterType), "The preferred phone, E.164 where it parsed (personal data: keys with the pii scope only)."),
        ("street", CustomerField.Street, typeof(StringFilterType), "Street address (personal data: keys with the pii scope only)."),
        ("city", CustomerField.City, typeof(StringFilterType), "City."),
        ("postcode", CustomerField.Postcode, typeof(StringFilterType), "Postal code (personal data: keys with the pii scope only)."),
        ("country", CustomerField.Country, typeof(StringFilterType), "Country code."),
        ("birthDate", CustomerField.BirthDate, typeof(DateFilterType), "Date of birth (personal data: keys with the pii scope only)."),
        ("company", CustomerField.Company, typeof(StringFilterType), "Company."),
        ("kind", CustomerField.Kind, typeof(CustomerKindFilterType), "Kind of customer."),
        ("recordCount", CustomerField.RecordCount, typeof(IntFilterType), "How many source records the customer unifies."),
        ("source", CustomerField.Source, typeof(StringFilterType), "A source the customer has a record from (a connector or import name)."),
        ("firstOrderAt", CustomerField.FirstOrderAt, typeof(DateTimeFilterType), "When the first order was placed (isNull: true for customers without orders)."),
        ("lastOrderAt", CustomerField.LastOrderAt, typeof(DateTimeFilterType), "When the latest order was placed."),
        ("orderCount", CustomerField.OrderCount, typeof(IntFilterType), "How many orders."),
        ("firstInteractionAt", CustomerField.FirstInteractionAt, typeof(DateTimeFilterType), "When the first interaction happened."),
        ("lastInteractionAt", CustomerField.LastInteractionAt, typeof(DateTimeFilterType), "When the latest interaction happened."),
        ("interactionCount", CustomerField.InteractionCount, typeof(IntFilterType), "How many interactions."),
        ("rfmSegment", CustomerField.RfmSegment, typeof(StringFilterType), "The RFM segment of the current rfm mining run (isNull: true for customers it did not score)."),
        ("tier", CustomerField.Tier, typeof(StringFilterType), "The customer-pyramid tier (Platinum, Gold, Iron, Lead) of the current keyaccounts mining run."),
        ("keyAccountScore", CustomerField.KeyAccountScore, typeof(FloatFilterType), "The key-account score (0-100) of the current keyaccounts mining run."),
        ("clvValue", CustomerField.ClvValue, typeof(FloatFilterType), "The discounted value of the next 12 months, from the current clv mining run."),
        ("probabilityAlive", CustomerField.ProbabilityAlive, typeof(FloatFilterType), "The probability the customer still buys (0-1), from the current clv mining run."),
        ("csat", CustomerField.Csat, typeof(FloatFilterType), "CSAT (0-100) of the current satisfaction mining run."),
        ("nps", CustomerField.Nps, typeof(FloatFilterType), "NPS (-100-100) of the current satisfaction mining run."),
    ];

    public CustomerFilterType()
    {
        Name = "CustomerFilter";
        Description = "Which customers to return. Every condition given must hold; use or and not for the rest.";
        Field<ListGraphType<NonNullGraphType<CustomerFilterType>>>("and").Description("Every one of these filters holds.");
        Field<ListGraphType<NonNullGraphType<CustomerFilterType>>>("or").Description("At least one of these filters holds.");
        Field<CustomerFilterType>("not").Description("This filter does not hold (customers without the field's value included).");
        foreach (var (name, _, filter, description) in Filterable) Field(name, filter).Description(description);
    }
}

/// <summary>The fields customers can be ordered by.</summary>
internal sealed class CustomerOrderFieldType : EnumerationGraphType
{
    public static readonly (string Name, CustomerField Field)[] Orderable =
    [
        ("ID", CustomerField.Id), ("DISPLAY_NAME", CustomerField.DisplayName), ("GIVEN_NAME", CustomerField.GivenName),
        ("FAMILY_NAME", CustomerField.FamilyName), ("CITY", CustomerField.City), ("COUNTRY", CustomerField.Country),
        ("BIRTH_DATE", CustomerField.BirthDate), ("COMPANY", CustomerField.Company), ("KIND", CustomerField.Kind),
        ("RECORD_COUNT", CustomerField.RecordCount), ("FIRST_ORDER_AT", CustomerField.FirstOrderAt),
        ("LAST_ORDER_AT", CustomerField.LastOrderAt), ("ORDER_COUNT", CustomerField.OrderCount),
        ("FIRST_INTERACTION_AT", CustomerField.FirstInteractionAt), ("LAST_INTERACTION_AT", CustomerField.LastInteractionAt),
        ("INTERACTION_COUNT", CustomerField.InteractionCount), ("RFM_SEGMENT", CustomerField.RfmSegment), ("TIER", CustomerField.Tier),
        ("KEY_ACCOUNT_SCORE", CustomerField.KeyAccountScore), ("CLV_VALUE", CustomerField.ClvValue), ("PROBABILITY_ALIVE", CustomerField.ProbabilityAlive),
        ("CSAT", CustomerField.Csat), ("NPS", CustomerField.Nps),
    ];

    public CustomerOrderFieldType()
    {
        Name = "CustomerOrderField";
        Description = "A field to order customers by.";
        foreach (var (name, field) in Orderable) Add(name, field);
    }
}

/// <summary>Ascending or descending.</summary>
internal sealed class OrderDirectionType : EnumerationGraphType
{
    public OrderDirectionType()
    {
        Name = "OrderDirection";
        Description = "Which way to order: customers without a value come last ascending and first descending.";
        Add("ASC", false, "Smallest (or A) first.");
        Add("DESC", true, "Largest (or Z) first.");
    }
}

/// <summary>One ordering key of the customers connection.</summary>
internal sealed class CustomerOrderType : InputObjectGraphType
{
    public CustomerOrderType()
    {
        Name = "CustomerOrder";
        Description = "Order by this field; later keys break ties of earlier ones, and the customer id breaks the rest.";
        Field<NonNullGraphType<CustomerOrderFieldType>>("field").Description("The field.");
        Field<OrderDirectionType>("direction").DefaultValue(false).Description("ASC (the default) or DESC.");
    }
}
