using System.CommandLine;
using Hub.Core;
using Hub.Server.Composition;

namespace Hub.Server.Cli;

/// <summary><c>hub serve [--urls URL]</c>: scheduler, GraphQL at /graphql, until stopped.</summary>
public static class ServeCommand
{
    /// <summary><c>--urls</c>, shared with <c>hub demo</c>.</summary>
    public static Option<string?> UrlsOption() => new("--urls") { Description = $"Where to listen (default {WebHubBuilder.DefaultUrls}, or Hub:Urls)" };

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var urls = UrlsOption();
        var command = new Command("serve", "Run the hub: scheduled syncs, GraphQL API at /graphql") { urls };
        command.SetAction((parse, cancellationToken) => ServeAsync(parse.GetValue(GlobalOptions.DataDir), parse.GetValue(urls), cancellationToken));
        return command;
    }

    /// <summary>Serves until Ctrl+C or SIGTERM; a port in use or a bad address is one clear line.</summary>
    public static async Task<int> ServeAsync(string? dataDir, string? urls, CancellationToken cancellationToken)
    {
        try
        {
            var environment = HubEnvironment.Create(dataDir);
            await using var app = await WebHubBuilder.BuildAsync(environment, urls, cancellationToken);
            await app.StartAsync(cancellationToken);
            Console.WriteLine($"Hub is serving GraphQL at {string.Join(", ", app.Urls.Select(u => u.TrimEnd('/') + "/graphql"))} (data dir {environment.DataDirectory}); Ctrl+C stops it");
            await app.WaitForShutdownAsync(cancellationToken);
            return 0;
        }
        catch (IOException ex) when (ex.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
        {
            await Console.Error.WriteLineAsync($"error: {ex.Message}; stop the other process or pick another address with --urls");
            return CommandRunner.UserError;
        }
        catch (Exception ex) when (ex is UserFacingException or FormatException or UriFormatException)
        {
            await Console.Error.WriteLineAsync($"error: {ex.Message}");
            return CommandRunner.UserError;
        }
    }
}
