using System.CommandLine;
using Hub.Server.Composition;
using Hub.Server.Serving;

namespace Hub.Server.Cli;

/// <summary><c>hub serve [--urls URL] [--watch-plugins]</c>: scheduler, GraphQL at /graphql, until stopped.</summary>
public static class ServeCommand
{
    /// <summary><c>--urls</c>, shared with <c>hub demo</c>.</summary>
    public static Option<string?> UrlsOption() => new("--urls") { Description = $"Where to listen (default {WebHubBuilder.DefaultUrls}, or Hub:Urls)" };

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var urls = UrlsOption();
        var watchPlugins = new Option<bool>("--watch-plugins")
        {
            Description = "While developing a plugin: load a plugin again when its folder changes (a rebuild), without restarting the hub",
        };
        var command = new Command("serve", "Run the hub: scheduled syncs, GraphQL API at /graphql") { urls, watchPlugins };
        command.SetAction((parse, cancellationToken) => ServeAsync(parse, parse.GetValue(urls), cancellationToken, parse.GetValue(watchPlugins)));
        return command;
    }

    /// <summary>Serves until Ctrl+C or SIGTERM; a port in use or a bad address is one clear line.</summary>
    public static Task<int> ServeAsync(ParseResult parse, string? urls, CancellationToken cancellationToken, bool watchPlugins = false) =>
        CommandRunner.GuardAsync(async () =>
        {
            var environment = GlobalOptions.Environment(parse);
            await using var app = await WebHubBuilder.BuildAsync(environment, urls, cancellationToken, watchPlugins: watchPlugins);
            await app.StartAsync(cancellationToken);
            await using var local = await LocalOperatorAccess.PublishAsync(app, environment.DataDirectory, cancellationToken);
            PrintServing(app, environment);
            await app.WaitForShutdownAsync(cancellationToken);
            return 0;
        }, cancellationToken);

    /// <summary>Tells where the hub serves.</summary>
    public static void PrintServing(WebApplication app, HubEnvironment environment) =>
        Console.WriteLine($"Hub is serving GraphQL at {string.Join(", ", app.Urls.Select(u => u.TrimEnd('/') + "/graphql"))} (data dir {environment.DataDirectory}); Ctrl+C stops it");
}
