namespace Hub.Api.Playground;

/// <summary>
/// The GraphiQL browser bundles the build copied beside the hub (from <c>host/Hub.Api/Playground/node_modules</c>),
/// served at <c>/graphql/playground/*</c>. A hub built without npm has none: the API works the same, and the
/// browser page says how to get them.
/// </summary>
public sealed class PlaygroundAssets
{
    /// <summary>The folder under the hub's own directory the build copies the bundles to.</summary>
    public const string DefaultFolderName = "playground";

    /// <summary>The configuration key that points at another folder.</summary>
    public const string DirectorySetting = "Hub:Api:PlaygroundDirectory";

    // The only files served: a fixed list rather than the folder's contents, so no other path is reachable.
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.Ordinal)
    {
        ["react.production.min.js"] = "text/javascript; charset=utf-8",
        ["react-dom.production.min.js"] = "text/javascript; charset=utf-8",
        ["graphiql.min.js"] = "text/javascript; charset=utf-8",
        ["graphiql.min.css"] = "text/css; charset=utf-8",
    };

    /// <summary>Bundles looked for in <paramref name="directory"/>.</summary>
    public PlaygroundAssets(string directory) => Directory = Path.GetFullPath(directory);

    /// <summary>The folder the bundles are read from.</summary>
    public string Directory { get; }

    /// <summary>The file names the playground page loads, scripts in load order, then the style sheet.</summary>
    public static IReadOnlyList<string> FileNames { get; } = [.. ContentTypes.Keys];

    /// <summary>Whether every bundle is there; checked on each request, so building the assets needs no restart.</summary>
    public bool AreAvailable => FileNames.All(name => File.Exists(Path.Combine(Directory, name)));

    /// <summary>The full path and content type of a served file, or null for any other name or a missing file.</summary>
    public (string Path, string ContentType)? Find(string fileName)
    {
        if (!ContentTypes.TryGetValue(fileName, out var contentType)) return null;
        var path = Path.Combine(Directory, fileName);
        return File.Exists(path) ? (path, contentType) : null;
    }
}
