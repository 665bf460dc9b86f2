using System.CommandLine;

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
}
