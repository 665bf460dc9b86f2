using System.CommandLine;
using Hub.Core;
using Hub.Core.Model;
using Hub.Core.Storage;
using Hub.Pipeline.Resolution;
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
            var queries = services.GetRequiredService<ICustomerQueries>();
            var records = (await IdentityArguments.RecordsOfAsync(queries, number, ct)).Select(IdentityArguments.Ref).ToList();
            var taken = Taken(parse.GetValue(list), records, number);
            var rest = records.Where(r => !taken.Contains(r)).ToList();
            if (rest.Count == 0) throw new UserFacingException($"those are all of {CustomerId.Format(number)}'s records; leave at least one behind");

            var decision = await services.GetRequiredService<IDecisionStore>().AppendAsync(new IdentityDecision
            {
                Kind = DecisionKind.Split,
                Records = taken,
                Apart = rest,
                Reason = why,
                Actor = IdentityArguments.Actor,
            }, ct);
            await services.GetRequiredService<ResolutionService>().ResolveAsync(full: true, ct);

            var now = await queries.GetRecordsOfCustomersAsync(await MergeCommand.CurrentCustomersAsync(services, records, ct), ct);
            Console.WriteLine($"Decision #{decision.Id}: {string.Join(", ", taken)} kept apart from the rest of {CustomerId.Format(number)}.");
            foreach (var customer in now)
                Console.WriteLine($"  {CustomerId.Format(customer.Key)}: {string.Join(", ", customer.Select(IdentityArguments.Ref))}");
            return 0;
        }, cancellationToken));
        return command;
    }

    private static List<RecordRef> Taken(string? text, List<RecordRef> records, long number)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new UserFacingException("say which records to take out with --records SOURCE:ID,SOURCE:ID ('hub explain' lists them)");
        var taken = new List<RecordRef>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!RecordRef.TryParse(part, out var record))
                throw new UserFacingException($"'{part}' is not a record; write records as SOURCE:ID, e.g. shop:1042");
            if (!records.Contains(record))
                throw new UserFacingException($"{record} is not a record of {CustomerId.Format(number)}; its records are {string.Join(", ", records)}");
            if (!taken.Contains(record)) taken.Add(record);
        }

        return taken;
    }
}
