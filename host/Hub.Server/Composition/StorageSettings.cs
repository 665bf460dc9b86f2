using Hub.Core;
using Microsoft.Extensions.Configuration;

namespace Hub.Server.Composition;

/// <summary>
/// Which storage engine the hub uses: <c>Hub:Storage:Provider</c> (<c>sqlite</c>, the default: a file in the data dir, or
/// <c>postgres</c>: the database <c>Hub:Storage:ConnectionString</c> names, which several hub nodes may share).
/// </summary>
public sealed record StorageSettings(string Provider, string? ConnectionString)
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Hub:Storage";

    /// <summary>The embedded engine.</summary>
    public const string Sqlite = "sqlite";

    /// <summary>The server engine.</summary>
    public const string Postgres = "postgres";

    /// <summary>Whether the hub keeps its data in PostgreSQL.</summary>
    public bool IsPostgres => Provider == Postgres;

    /// <summary>Reads and checks the settings; a mistake is one clear error naming the key.</summary>
    public static StorageSettings Read(IConfiguration configuration)
    {
        var provider = (configuration[Section + ":Provider"] is { Length: > 0 } configured ? configured.Trim() : Sqlite).ToLowerInvariant();
        if (provider is "postgresql" or "pg") provider = Postgres;
        if (provider is not (Sqlite or Postgres))
            throw new UserFacingException($"configuration {Section}:Provider is '{provider}'; it must be '{Sqlite}' or '{Postgres}' (or use --storage sqlite|postgres)");

        var connectionString = configuration[Section + ":ConnectionString"] is { Length: > 0 } text ? text : null;
        if (provider == Postgres && connectionString is null)
        {
            throw new UserFacingException(
                $"the PostgreSQL storage needs a connection string: set {Section}:ConnectionString (env Hub__Storage__ConnectionString) or pass --connection \"Host=...;Database=...;Username=...\"");
        }

        return new StorageSettings(provider, connectionString);
    }
}
