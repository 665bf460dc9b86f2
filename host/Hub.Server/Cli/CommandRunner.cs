using System.CommandLine;
using Hub.Contracts;
using Hub.Core;
using Hub.Core.Storage;
using Hub.Server.Composition;
using Hub.Storage.Postgres;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Hub.Server.Cli;

/// <summary>
/// Runs a command's body with the hub's services, and turns failures into one clear line on stderr and a
/// non-zero exit code. Stack traces are shown only for genuine bugs, and only with HUB_DEBUG=1.
/// </summary>
public static class CommandRunner
{
    /// <summary>Exit code for a failure the user can fix.</summary>
    public const int UserError = 1;

    /// <summary>Exit code for an unexpected internal failure.</summary>
    public const int InternalError = 70;

    /// <summary>Builds the services for the parsed command, migrates the database and runs <paramref name="body"/>.</summary>
    public static Task<int> RunAsync(ParseResult parse, Func<IServiceProvider, CancellationToken, Task<int>> body, CancellationToken cancellationToken) =>
        RunAsync(parse, body, migrate: true, cancellationToken);

    /// <summary>Builds the services for the parsed command, migrates the database unless told not to, and runs <paramref name="body"/>.</summary>
    public static Task<int> RunAsync(ParseResult parse, Func<IServiceProvider, CancellationToken, Task<int>> body, bool migrate, CancellationToken cancellationToken) =>
        GuardAsync(async () =>
        {
            var environment = GlobalOptions.Environment(parse);
            var services = new ServiceCollection()
                .AddLogging(logging => logging
                    .AddSimpleConsole(console => console.SingleLine = true)
                    .AddFilter(level => level >= LogLevel.Warning)
                    .AddConsoleOnStandardError())
                .AddHubCore(environment)
                .AddHubCliServices(environment);
            await using var provider = services.BuildServiceProvider();
            if (migrate) await provider.GetRequiredService<IHubDatabase>().MigrateAsync(cancellationToken);
            return await body(provider, cancellationToken);
        }, cancellationToken);

    /// <summary>Runs <paramref name="body"/>, turning failures into one line on stderr and an exit code.</summary>
    public static async Task<int> GuardAsync(Func<Task<int>> body, CancellationToken cancellationToken)
    {
        try
        {
            return await body();
        }
        catch (Exception ex) when (Describe(ex) is { } message)
        {
            await Console.Error.WriteLineAsync($"error: {message}");
            return UserError;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync("cancelled");
            return 130;
        }
        catch (Exception ex)
        {
            await Console.Error.WriteLineAsync($"error: unexpected {ex.GetType().Name}: {ex.Message}");
            if (Environment.GetEnvironmentVariable("HUB_DEBUG") == "1") await Console.Error.WriteLineAsync(ex.ToString());
            else await Console.Error.WriteLineAsync("(set HUB_DEBUG=1 to see the details, and please report it)");
            return InternalError;
        }
    }

    // Failures whose message is the whole story for the user.
    private static string? Describe(Exception ex) => ex switch
    {
        UserFacingException or InvalidSettingException => ex.Message,
        NpgsqlException when PostgresErrors.Describe(ex) is { } postgres => postgres,
        SqliteException { SqliteErrorCode: 5 or 6 } => "the hub's database is busy (another hub process is writing); try again in a moment",
        SqliteException { SqliteErrorCode: 26 } => "the data dir holds a file that is not a hub database; point --data-dir at a hub's data dir or an empty folder",
        UnauthorizedAccessException => $"{ex.Message}; check the permissions of the data dir",
        IOException when ex.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase) =>
            $"{ex.Message}; stop the other process or pick another address with --urls",
        FormatException or UriFormatException => ex.Message,
        _ => null,
    };
}
