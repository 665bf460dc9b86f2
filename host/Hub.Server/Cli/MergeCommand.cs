using System.CommandLine;
using Hub.Core;
using Hub.Core.Model;
using Hub.Pipeline.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Server.Cli;

/// <summary><c>hub merge CUSTOMER_ID CUSTOMER_ID... --reason TEXT</c>: these customers are one, whatever resolution finds.</summary>
public static class MergeCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var ids = new Argument<string[]>("customers") { Description = "Two or more customer ids, e.g. cus_12 cus_40", Arity = ArgumentArity.OneOrMore };
        var reason = new Option<string?>("--reason") { Description = "Why they are one customer (required; kept in the decision log)" };
        var command = new Command("merge", "Make customers one, now and in every later resolution (a must-link decision)") { ids, reason };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(parse, async (services, ct) =>
        {
            var why = IdentityArguments.Reason(parse.GetValue(reason));
            var numbers = parse.GetValue(ids)!.Select(IdentityArguments.CustomerNumber).Distinct().ToList();
            if (numbers.Count < 2) throw new UserFacingException("name at least two different customers to merge, e.g. hub merge cus_12 cus_40 --reason \"...\"");

            var change = await services.GetRequiredService<IdentityOperations>().MergeAsync(numbers, why, IdentityArguments.Actor, ct);
            Console.WriteLine($"Decision #{change.Decision.Id}: {string.Join(", ", numbers.Select(CustomerId.Format))} are one customer.");
            foreach (var customer in change.Customers)
                Console.WriteLine($"  {customer.Id}: {change.Records[customer.Number].Count} record(s)");
            return 0;
        }, cancellationToken));
        return command;
    }
}
