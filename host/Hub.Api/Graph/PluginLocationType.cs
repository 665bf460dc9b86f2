using GraphQL.Types;
using Hub.Core.Plugins;

namespace Hub.Api.Graph;

internal sealed class PluginLocationType : EnumerationGraphType<PluginLocation>
{
    public PluginLocationType()
    {
        Name = "PluginLocation";
        Description = "Where a plugin was found: bundled beside the hub, or installed in the data dir.";
    }
}
