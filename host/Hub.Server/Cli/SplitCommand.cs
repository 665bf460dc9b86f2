using System.CommandLine;
using Hub.Core;
using Hub.Core.Model;
using Hub.Pipeline.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Server.Cli;

/// <summary><c>hub split CUSTOMER_ID --records SOURCE:ID,... --reason TEXT</c>: these records are a customer apart from the rest.</summary>
public static class SplitCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var id = new Argument<string>("customer") { Description = "The customer to split, e.g. cus_12" };
        var list = new Option<string?>("--records") { Description = "The records to take out, as SOURCE:ID,SOURCE:ID (see 'hub explain')" };
        var reason = new Option<string?>("--reason") { Description = "Why they are a different customer (required; kept in the decision log)" };
        var command = new Command("split", "Take records out of a customer into one of their own, now and in every later resolution (a cannot-link decision)")
        {
            id, list, reason,
        };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(parse, async (services, ct) =>
        {
            var why = IdentityArguments.Reason(parse.GetValue(reason));
            var number = IdentityArguments.CustomerNumber(parse.GetValue(id)!);
            var taken = Records(parse.GetValue(list));

            var change = await services.GetRequiredService<IdentityOperations>().SplitAsync(number, taken, why, IdentityArguments.Actor, ct);
            Console.WriteLine($"Decision #{change.Decision.Id}: {string.Join(", ", change.Decision.Records)} kept apart from the rest of {CustomerId.Format(number)}.");
            foreach (var customer in change.Customers)
                Console.WriteLine($"  {customer.Id}: {string.Join(", ", change.Records[customer.Number])}");
            return 0;
        }, cancellationToken));
        return command;
    }

    private static List<RecordRef> Records(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new UserFacingException("say which records to take out with --records SOURCE:ID,SOURCE:ID ('hub explain' lists them)");
        var records = new List<RecordRef>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            records.Add(RecordRef.TryParse(part, out var record)
                ? record
                : throw new UserFacingException($"'{part}' is not a record; write records as SOURCE:ID, e.g. shop:1042"));
        }

        return records;
    }
}
