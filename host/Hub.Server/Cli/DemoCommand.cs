using System.CommandLine;
using Hub.Server.Composition;
using Hub.Server.Serving;
using Hub.Server.Demo;

namespace Hub.Server.Cli;

/// <summary><c>hub demo [--no-serve] [--urls URL]</c>.</summary>
public static class DemoCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var noServe = new Option<bool>("--no-serve") { Description = "Stop after the summary instead of serving" };
        var urls = ServeCommand.UrlsOption();
        var command = new Command("demo", "Sync sample data of every channel through the plugins, unify it, print a summary and example queries, then serve")
        {
            noServe, urls,
        };
        command.SetAction((parse, cancellationToken) => CommandRunner.GuardAsync(async () =>
        {
            var environment = GlobalOptions.Environment(parse);
            await using var channels = await DemoChannels.StartAsync(environment.DataDirectory, DemoScenario.SamplePeople, cancellationToken);
            // Without serving afterwards, the hub still runs for the demo (the app's traffic is posted to it), on a free port.
            var serve = !parse.GetValue(noServe);
            await using var app = await WebHubBuilder.BuildAsync(environment, serve ? parse.GetValue(urls) : "http://127.0.0.1:0", cancellationToken, quiet: true);
            await app.StartAsync(cancellationToken);
            var address = new Uri(app.Urls.First());
            // After --no-serve, the examples point where 'hub serve' will listen.
            var served = serve ? address : new Uri((environment.Configuration["Hub:Urls"] ?? WebHubBuilder.DefaultUrls).Split(';')[0]);
            await DemoScenario.RunAsync(app.Services, channels, address, served, cancellationToken);
            if (serve)
            {
                Console.WriteLine();
                await using var local = await LocalOperatorAccess.PublishAsync(app, environment.DataDirectory, cancellationToken);
                ServeCommand.PrintServing(app, environment);
                await app.WaitForShutdownAsync(cancellationToken);
            }
            else
            {
                Console.WriteLine("Start the hub with 'hub serve' to run these.");
                await app.StopAsync(cancellationToken);
            }

            return 0;
        }, cancellationToken));
        return command;
    }
}
