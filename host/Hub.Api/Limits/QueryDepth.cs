using GraphQLParser.AST;

namespace Hub.Api.Limits;

/// <summary>
/// How deeply an operation's selections nest: <c>{ plugins { id } }</c> is 2. Introspection (<c>__schema</c>,
/// <c>__type</c>) does not count: its depth is bounded by the schema, and clients nest <c>ofType</c> nine levels deep
/// (graphql-js) or more to read it. Fragments count where they are spread.
/// </summary>
internal static class QueryDepth
{
    public static int Of(GraphQLOperationDefinition operation, GraphQLDocument document) =>
        Of(operation.SelectionSet, document, []);

    private static int Of(GraphQLSelectionSet? selections, GraphQLDocument document, HashSet<string> spreading)
    {
        if (selections is null) return 0;
        var depth = 0;
        foreach (var selection in selections.Selections)
        {
            depth = Math.Max(depth, selection switch
            {
                GraphQLField field when field.Name.Value.Span.StartsWith("__") => 0,
                GraphQLField field => 1 + Of(field.SelectionSet, document, spreading),
                GraphQLInlineFragment inline => Of(inline.SelectionSet, document, spreading),
                GraphQLFragmentSpread spread => OfSpread(spread, document, spreading),
                _ => 0,
            });
        }
        return depth;
    }

    private static int OfSpread(GraphQLFragmentSpread spread, GraphQLDocument document, HashSet<string> spreading)
    {
        var name = spread.FragmentName.Name.StringValue;
        // Validation refuses fragment cycles before this runs; the guard only keeps a bug from recursing forever.
        if (!spreading.Add(name)) return 0;
        var fragment = document.Definitions.OfType<GraphQLFragmentDefinition>().FirstOrDefault(f => f.FragmentName.Name.StringValue == name);
        var depth = Of(fragment?.SelectionSet, document, spreading);
        spreading.Remove(name);
        return depth;
    }
}
