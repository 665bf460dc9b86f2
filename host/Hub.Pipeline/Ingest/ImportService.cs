using Hub.Core;
using Hub.Core.Model;
using Hub.Core.Plugins;
using Hub.Pipeline.Connectors;

namespace Hub.Pipeline.Ingest;

/// <summary>
/// <c>hub import</c>: a one-off read of a file through the <c>files</c> plugin's connector, stored under the
/// given source name. Idempotent: importing the same file again changes nothing.
/// </summary>
public sealed class ImportService(IPluginCatalog plugins, IngestPipeline pipeline, ConnectorContextFactory contexts)
{
    /// <summary>The plugin whose connector reads imported files.</summary>
    public const string FilesPluginId = "files";

    /// <summary>Imports one CSV file of the given stream (<c>customers</c> or <c>orders</c>).</summary>
    public Task<SyncRun> ImportAsync(string stream, string path, string source, string? map, IProgress<RunCounts>? progress, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
            throw new UserFacingException($"file not found: {path}");

        var connector = ConnectorLookup.Require(plugins, FilesPluginId);
        var values = new Dictionary<string, string>(StringComparer.Ordinal) { ["path"] = Path.GetFullPath(path), ["stream"] = stream };
        if (!string.IsNullOrWhiteSpace(map)) values["map"] = map;

        var context = contexts.Create($"import:{source}", source, FilesPluginId, values, connector);
        return pipeline.RunAsync(new IngestRequest(connector, context, ConnectorId: null, Trigger: "import", Full: true), progress, cancellationToken);
    }
}
