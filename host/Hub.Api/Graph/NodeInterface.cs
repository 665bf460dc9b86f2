using GraphQL.Types;

namespace Hub.Api.Graph;

/// <summary>The Relay node interface: anything that can be fetched again by its global id through <c>node(id)</c>.</summary>
internal sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with an id that is unique across every type, refetchable with the node field.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The global id.");
    }
}
