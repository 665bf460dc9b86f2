using System.CommandLine;
using Hub.Core;
using Hub.Server.Composition;

namespace Hub.Server.Cli;

/// <summary>
/// Reads <c>hub copy</c>'s <c>--from</c> and <c>--to</c>: <c>ENGINE:WHERE</c>, or the engine alone for what the global
/// options and configuration already say (<c>--data-dir</c>; <c>--connection</c> or <c>Hub:Storage:ConnectionString</c>,
/// which keeps a password off the command line and out of the process list).
/// </summary>
internal static class CopyEndpoints
{
    /// <summary>The SQLite file <paramref name="from"/> names: <c>sqlite:PATH</c> (a data dir or its hub.db) or <c>sqlite</c> (the data dir's).</summary>
    public static string SourcePath(string from, ParseResult parse)
    {
        var (engine, where) = Split(from);
        if (engine is not StorageSettings.Sqlite)
        {
            throw new UserFacingException(
                $"--from '{engine}' is not a source hub copy reads: it moves an embedded hub into PostgreSQL, so write --from sqlite:PATH (the hub's data dir or its hub.db file)");
        }

        if (where is null) return GlobalOptions.Environment(parse).DatabasePath;
        var path = Path.GetFullPath(where);
        return Directory.Exists(path) ? Path.Combine(path, "hub.db") : path;
    }

    /// <summary>The connection string <paramref name="to"/> names: <c>postgres:CONNECTION</c>, or <c>postgres</c> for the configured one.</summary>
    public static string TargetConnection(string to, ParseResult parse)
    {
        var (engine, where) = Split(to);
        if (engine is not (StorageSettings.Postgres or "postgresql"))
        {
            throw new UserFacingException(
                $"--to '{engine}' is not a target hub copy writes: write --to postgres:\"Host=...;Database=...;Username=...\" (an empty PostgreSQL database), " +
                "or --to postgres with --connection");
        }

        if (where is not null) return where;
        return GlobalOptions.Environment(parse).Configuration[StorageSettings.Section + ":ConnectionString"] is { Length: > 0 } configured
            ? configured
            : throw new UserFacingException(
                $"--to postgres needs a connection string: write --to postgres:\"Host=...;Database=...;Username=...\", pass --connection, or set {StorageSettings.Section}:ConnectionString");
    }

    // "sqlite:/srv/hub" is (sqlite, /srv/hub); "postgres" alone is (postgres, null). Only the first colon splits: paths and
    // connection strings may hold more.
    private static (string Engine, string? Where) Split(string value)
    {
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        var engine = (colon < 0 ? value : value[..colon]).Trim().ToLowerInvariant();
        var where = colon < 0 ? null : value[(colon + 1)..].Trim();
        return (engine, string.IsNullOrEmpty(where) ? null : where);
    }
}
