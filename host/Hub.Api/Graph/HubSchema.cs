using GraphQL.Types;

namespace Hub.Api.Graph;

internal sealed class HubSchema : Schema
{
    public HubSchema(IServiceProvider services, QueryType query) : base(services)
    {
        Query = query;
        Description = "Hub: unified customers from every channel, and the plugins that bring them in.";
    }
}
