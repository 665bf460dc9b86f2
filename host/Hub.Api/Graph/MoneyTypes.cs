using System.Globalization;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Hub.Api.Graph;

/// <summary>
/// An exact decimal number, written as a string ("1234.50") so that no client reads money into a floating-point number.
/// </summary>
internal sealed class DecimalStringGraphType : ScalarGraphType
{
    public DecimalStringGraphType()
    {
        Name = "Decimal";
        Description = "An exact decimal number as a string, e.g. \"1234.50\": money is never a floating-point number here.";
    }

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException($"Decimal cannot serialize {value.GetType().Name}."),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string text when decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) => d,
        decimal d => d,
        _ => ThrowValueConversionError(value),
    };

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue s => ParseValue((string)s.Value),
        _ => ThrowLiteralConversionError(value),
    };
}

/// <summary>An amount of one currency.</summary>
internal sealed class MoneyType : ObjectGraphType<(string Currency, decimal Amount)>
{
    public MoneyType()
    {
        Name = "Money";
        Description = "An amount of money in one currency; amounts of different currencies are never added up.";
        Field<NonNullGraphType<DecimalStringGraphType>, decimal>("amount").Resolve(c => c.Source.Amount).Description("The amount.");
        Field<NonNullGraphType<StringGraphType>, string>("currency").Resolve(c => c.Source.Currency).Description("ISO 4217 currency code, e.g. CNY.");
    }
}
