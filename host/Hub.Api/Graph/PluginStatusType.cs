using GraphQL.Types;
using Hub.Core.Plugins;

namespace Hub.Api.Graph;

internal sealed class PluginStatusType : EnumerationGraphType<PluginStatus>
{
    public PluginStatusType()
    {
        Name = "PluginStatus";
        Description = "Whether a plugin found on disk is in use; the plugin's message says why when it is not.";
    }
}
