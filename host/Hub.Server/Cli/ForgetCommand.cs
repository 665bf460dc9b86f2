using System.CommandLine;
using Hub.Core.Model;
using Hub.Pipeline.Privacy;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Server.Cli;

/// <summary><c>hub forget CUSTOMER_ID --reason TEXT [--actor NAME]</c>: erases a person on request (GDPR, PIPL).</summary>
public static class ForgetCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var id = new Argument<string>("customer") { Description = "The customer to erase, e.g. cus_42" };
        var reason = new Option<string?>("--reason")
        {
            Description = "Why, e.g. the erasure request's reference (required; kept in the erasure log, so not the person's data)",
        };
        var actor = new Option<string?>("--actor") { Description = "Who carries it out, for the erasure log (default: the operating-system user)" };
        var command = new Command("forget",
            "Erase a customer's personal data everywhere, keep an audit entry without it, and stop later syncs from bringing the person back")
        {
            id, reason, actor,
        };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(parse, async (services, ct) =>
        {
            var number = IdentityArguments.CustomerNumber(parse.GetValue(id)!);
            var who = parse.GetValue(actor) is { } named && !string.IsNullOrWhiteSpace(named) ? named.Trim() : IdentityArguments.Actor;
            var erasure = await services.GetRequiredService<ErasureService>().ForgetAsync(number, parse.GetValue(reason), who, ct);
            Console.WriteLine($"Erasure #{erasure.Id}: {erasure.CustomerId} is forgotten.");
            Console.WriteLine(ErasureReport.Counts(erasure));
            return 0;
        }, cancellationToken));
        return command;
    }
}
