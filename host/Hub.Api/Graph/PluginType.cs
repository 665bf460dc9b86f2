using GraphQL.Types;
using Hub.Core.Plugins;

namespace Hub.Api.Graph;

internal sealed class PluginType : ObjectGraphType<PluginInfo>
{
    public PluginType()
    {
        Name = "Plugin";
        Description = "A plugin folder the hub found, loaded or not.";
        Field(p => p.Id).Description("The id from the plugin's manifest (the folder name when the manifest cannot be read).");
        Field(p => p.Version, nullable: true).Description("The plugin's own version, if known.");
        Field(p => p.ContractsVersion, nullable: true).Description("The Hub.Contracts version the plugin was built for, if known.");
        Field<NonNullGraphType<PluginStatusType>, PluginStatus>("status").Resolve(c => c.Source.Status)
            .Description("Loaded, faulted or incompatible.");
        Field(p => p.Message, nullable: true).Description("Why the plugin is not loaded, or a short description when it is.");
        Field<NonNullGraphType<PluginLocationType>, PluginLocation>("location").Resolve(c => c.Source.Location)
            .Description("Bundled with the hub, or installed in the data dir.");
        Field(p => p.ReloadError, nullable: true)
            .Description("With `hub serve --watch-plugins`: why the plugin's changed folder did not load; the version shown keeps running. Null when the last change loaded.");
    }
}
