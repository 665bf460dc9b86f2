using Microsoft.Extensions.Configuration;

namespace Hub.Server.Composition;

/// <summary>Where this hub keeps its state, and its layered configuration.</summary>
public sealed class HubEnvironment
{
    /// <summary>The environment variable that names the data dir when <c>--data-dir</c> is not given.</summary>
    public const string DataDirVariable = "HUB_DATA_DIR";

    private HubEnvironment(string dataDirectory, IConfiguration configuration)
    {
        DataDirectory = dataDirectory;
        Configuration = configuration;
        Storage = StorageSettings.Read(configuration);
    }

    /// <summary>The data dir: database, installed plugins, hub.json.</summary>
    public string DataDirectory { get; }

    /// <summary>appsettings.json beside the executable, then <c>hub.json</c> in the data dir, then environment variables (<c>Hub__...</c>), then command-line options.</summary>
    public IConfiguration Configuration { get; }

    /// <summary>The storage engine and, for PostgreSQL, its connection string (<c>Hub:Storage</c>, or <c>--storage</c> and <c>--connection</c>).</summary>
    public StorageSettings Storage { get; }

    /// <summary>The embedded database file (SQLite storage; the scheduler keeps its tables there on either engine for now).</summary>
    public string DatabasePath => Path.Combine(DataDirectory, "hub.db");

    /// <summary>Plugins installed by the user for this hub.</summary>
    public string InstalledPluginsPath => Path.Combine(DataDirectory, "plugins");

    /// <summary>Plugins shipped with the executable.</summary>
    public static string BundledPluginsPath => Path.Combine(AppContext.BaseDirectory, "plugins");

    /// <summary>Resolves the data dir (option, then environment, then <c>./hub-data</c>) and reads the configuration layers.</summary>
    public static HubEnvironment Create(string? dataDirOption, IReadOnlyDictionary<string, string?>? commandLineSettings = null)
    {
        var dataDirectory = Path.GetFullPath(
            !string.IsNullOrWhiteSpace(dataDirOption) ? dataDirOption
            : Environment.GetEnvironmentVariable(DataDirVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment
            : "hub-data");
        Directory.CreateDirectory(dataDirectory);

        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddJsonFile(Path.Combine(dataDirectory, "hub.json"), optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(commandLineSettings ?? new Dictionary<string, string?>())
            .Build();
        return new HubEnvironment(dataDirectory, configuration);
    }
}
