using System.CommandLine;
using Hub.Server.Composition;

namespace Hub.Server.Cli;

/// <summary>Options every command takes.</summary>
public static class GlobalOptions
{
    /// <summary><c>--data-dir DIR</c>: where the database and state live (env <c>HUB_DATA_DIR</c>, default <c>./hub-data</c>).</summary>
    public static Option<string?> DataDir { get; } = new("--data-dir")
    {
        Description = "Where the hub keeps its database and state (default: $HUB_DATA_DIR, else ./hub-data)",
        Recursive = true,
    };

    /// <summary><c>--storage sqlite|postgres</c>: the storage engine (configuration <c>Hub:Storage:Provider</c>).</summary>
    public static Option<string?> Storage { get; } = new Option<string?>("--storage")
    {
        Description = "The storage engine: sqlite (default, a file in the data dir) or postgres (with --connection)",
        Recursive = true,
    }.AcceptOnlyFromAmong(StorageSettings.Sqlite, StorageSettings.Postgres);

    /// <summary><c>--connection "..."</c>: the PostgreSQL connection string (configuration <c>Hub:Storage:ConnectionString</c>).</summary>
    public static Option<string?> Connection { get; } = new("--connection")
    {
        Description = "The PostgreSQL connection string, e.g. \"Host=db;Database=hub;Username=hub;Password=...\" (for --storage postgres)",
        Recursive = true,
    };

    /// <summary>The data dir and configuration these options select (options override configuration).</summary>
    public static HubEnvironment Environment(ParseResult parse)
    {
        var settings = new Dictionary<string, string?>();
        if (parse.GetValue(Storage) is { } storage) settings[StorageSettings.Section + ":Provider"] = storage;
        if (parse.GetValue(Connection) is { } connection) settings[StorageSettings.Section + ":ConnectionString"] = connection;
        return HubEnvironment.Create(parse.GetValue(DataDir), settings);
    }
}
