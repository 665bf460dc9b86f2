using GraphQL.Types;

namespace Hub.Api.Graph;

internal sealed class HubSchema : Schema
{
    public HubSchema(IServiceProvider services, QueryType query, MutationType mutation) : base(services)
    {
        Query = query;
        // The base constructor has run the schema configurations (ConfigureSchema) already; one that set its own mutation
        // root (a test's) keeps it.
        Mutation ??= mutation;
        Description = "Hub: unified customers from every channel, and the plugins that bring them in.";
    }
}
