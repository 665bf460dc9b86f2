using GraphQL.Types;

namespace Hub.Api.Graph;

/// <summary>Conditions on a text field. Text matches exactly for eq and in; contains and startsWith ignore case (ASCII letters).</summary>
internal sealed class StringFilterType : InputObjectGraphType
{
    public StringFilterType()
    {
        Name = "StringFilter";
        Description = "Conditions on a text field; several given together must all hold.";
        Field<StringGraphType>("eq").Description("Exactly this text.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("in").Description("Exactly one of these texts.");
        Field<StringGraphType>("contains").Description("Contains this text, ignoring the case of ASCII letters.");
        Field<StringGraphType>("startsWith").Description("Starts with this text, ignoring the case of ASCII letters.");
        Field<BooleanGraphType>("isNull").Description("true: the field has no value; false: it has one.");
    }
}

/// <summary>Conditions on a date field.</summary>
internal sealed class DateFilterType : InputObjectGraphType
{
    public DateFilterType()
    {
        Name = "DateFilter";
        Description = "Conditions on a date (yyyy-MM-dd); several given together must all hold.";
        Field<DateGraphType>("eq").Description("On this date.");
        Field<ListGraphType<NonNullGraphType<DateGraphType>>>("in").Description("On one of these dates.");
        Field<DateGraphType>("gt").Description("After this date.");
        Field<DateGraphType>("gte").Description("On or after this date.");
        Field<DateGraphType>("lt").Description("Before this date.");
        Field<DateGraphType>("lte").Description("On or before this date.");
        Field<BooleanGraphType>("isNull").Description("true: the field has no value; false: it has one.");
    }
}

/// <summary>Conditions on a point in time.</summary>
internal sealed class DateTimeFilterType : InputObjectGraphType
{
    public DateTimeFilterType()
    {
        Name = "DateTimeFilter";
        Description = "Conditions on a point in time (ISO-8601 with an offset, e.g. 2024-05-01T00:00:00Z); several given together must all hold.";
        Field<DateTimeScalarType>("gt").Description("After this time.");
        Field<DateTimeScalarType>("gte").Description("At or after this time.");
        Field<DateTimeScalarType>("lt").Description("Before this time.");
        Field<DateTimeScalarType>("lte").Description("At or before this time.");
        Field<BooleanGraphType>("isNull").Description("true: the field has no value; false: it has one.");
    }
}

/// <summary>Conditions on a whole-number field.</summary>
internal sealed class IntFilterType : InputObjectGraphType
{
    public IntFilterType()
    {
        Name = "IntFilter";
        Description = "Conditions on a whole number; several given together must all hold.";
        Field<IntGraphType>("eq").Description("Equal to this number.");
        Field<ListGraphType<NonNullGraphType<IntGraphType>>>("in").Description("Equal to one of these numbers.");
        Field<IntGraphType>("gt").Description("Greater than this number.");
        Field<IntGraphType>("gte").Description("At least this number.");
        Field<IntGraphType>("lt").Description("Less than this number.");
        Field<IntGraphType>("lte").Description("At most this number.");
    }
}

/// <summary>Conditions on a score (a number with a fraction).</summary>
internal sealed class FloatFilterType : InputObjectGraphType
{
    public FloatFilterType()
    {
        Name = "FloatFilter";
        Description = "Conditions on a score; several given together must all hold.";
        Field<FloatGraphType>("gt").Description("Greater than this number.");
        Field<FloatGraphType>("gte").Description("At least this number.");
        Field<FloatGraphType>("lt").Description("Less than this number.");
        Field<FloatGraphType>("lte").Description("At most this number.");
        Field<BooleanGraphType>("isNull").Description("true: the customer has no such score; false: it has one.");
    }
}

/// <summary>Conditions on the customer kind.</summary>
internal sealed class CustomerKindFilterType : InputObjectGraphType
{
    public CustomerKindFilterType()
    {
        Name = "CustomerKindFilter";
        Description = "Conditions on the kind of customer.";
        Field<CustomerKindType>("eq").Description("This kind.");
        Field<ListGraphType<NonNullGraphType<CustomerKindType>>>("in").Description("One of these kinds.");
    }
}
