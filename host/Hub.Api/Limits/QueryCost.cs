using GraphQL;
using GraphQL.Types;
using GraphQL.Validation.Complexity;

namespace Hub.Api.Limits;

/// <summary>
/// How many objects a query asks for, estimated before it runs from the page sizes it names. Every object-valued field
/// counts 1 per parent; a list counts its length per parent, and multiplies everything selected inside it. A list's
/// length is its own <c>first</c>/<c>last</c> argument or, inside a connection, the connection's (the larger when both
/// are given); the page-size default when the field takes those arguments but none is given; otherwise
/// <see cref="UnpagedListLength"/>. Scalars cost nothing: what is expensive is fetching the objects that hold them.
/// </summary>
internal static class QueryCost
{
    /// <summary>The page size of a connection asked for without first or last: the default the connections use.</summary>
    public const int DefaultPageSize = Graph.CustomersConnection.DefaultPageSize;

    /// <summary>
    /// The length assumed for a list without page arguments (a customer's sources, a record's attributes, the plugins):
    /// such lists are short in practice, and a guess at their typical size keeps a big page of customers affordable.
    /// </summary>
    public const double UnpagedListLength = 5;

    private static readonly string[] PageArguments = ["first", "last"];

    public static FieldComplexityResult Impact(FieldImpactContext context)
    {
        var type = Unwrap(context.FieldDefinition.ResolvedType);
        var objectValued = type?.GetNamedType() is not ScalarGraphType;
        if (type is not ListGraphType) return new(objectValued ? 1 : 0, 1);

        var length = PageSize(context)
            ?? (context.Parent is { } parent && Unwrap(parent.FieldDefinition.ResolvedType) is not ListGraphType ? PageSize(parent) : null)
            ?? UnpagedListLength;
        return new(objectValued ? length : 0, length);
    }

    /// <summary>The page size a field with first/last arguments will return; null when it takes neither.</summary>
    private static double? PageSize(FieldImpactContext field)
    {
        var takesPageArguments = false;
        double? size = null;
        foreach (var name in PageArguments)
        {
            if (field.FieldDefinition.Arguments?.Find(name) is not { } argument) continue;
            takesPageArguments = true;
            var value = field.Arguments?.TryGetValue(name, out var given) == true ? given.Value : argument.DefaultValue;
            if (value is int or long)
                size = Math.Max(size ?? 0, Math.Max(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture), 0));
        }
        return takesPageArguments ? size ?? DefaultPageSize : null;
    }

    private static IGraphType? Unwrap(IGraphType? type) => type is NonNullGraphType nonNull ? nonNull.ResolvedType : type;
}
