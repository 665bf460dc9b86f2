using System.CommandLine;
using Hub.Server.Composition;
using Hub.Server.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Server.Cli;

/// <summary><c>hub demo [--no-serve] [--urls URL]</c>.</summary>
public static class DemoCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var noServe = new Option<bool>("--no-serve") { Description = "Stop after the summary instead of serving" };
        var urls = ServeCommand.UrlsOption();
        var command = new Command("demo", "Load sample data of every channel, unify it, print a summary and example queries, then serve") { noServe, urls };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var baseUrl = parse.GetValue(urls) ?? WebHubBuilder.DefaultUrls;
            var exit = await CommandRunner.RunAsync(parse, async (services, ct) =>
            {
                await DemoScenario.RunAsync(services, services.GetRequiredService<HubEnvironment>().DataDirectory, baseUrl.Split(';')[0], ct);
                return 0;
            }, cancellationToken);
            if (exit != 0 || parse.GetValue(noServe)) return exit;

            Console.WriteLine();
            return await ServeCommand.ServeAsync(parse.GetValue(GlobalOptions.DataDir), parse.GetValue(urls), cancellationToken);
        });
        return command;
    }
}
