using System.CommandLine;
using Hub.Core;
using Hub.Core.Model;
using Hub.Core.Storage;
using Hub.Pipeline.Resolution;
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

            var queries = services.GetRequiredService<ICustomerQueries>();
            var records = new List<RecordRef>();
            foreach (var number in numbers) records.AddRange((await IdentityArguments.RecordsOfAsync(queries, number, ct)).Select(IdentityArguments.Ref));

            var decision = await services.GetRequiredService<IDecisionStore>().AppendAsync(new IdentityDecision
            {
                Kind = DecisionKind.Merge,
                Records = records,
                Reason = why,
                Actor = IdentityArguments.Actor,
            }, ct);
            await services.GetRequiredService<ResolutionService>().ResolveAsync(full: true, ct);

            var now = (await queries.GetRecordsOfCustomersAsync(await CurrentCustomersAsync(services, records, ct), ct)).ToList();
            Console.WriteLine($"Decision #{decision.Id}: {string.Join(", ", numbers.Select(CustomerId.Format))} are one customer.");
            foreach (var customer in now)
                Console.WriteLine($"  {CustomerId.Format(customer.Key)}: {customer.Count()} record(s)");
            return 0;
        }, cancellationToken));
        return command;
    }

    /// <summary>The customers the given records belong to now.</summary>
    internal static async Task<IReadOnlyCollection<long>> CurrentCustomersAsync(IServiceProvider services, IReadOnlyCollection<RecordRef> records, CancellationToken ct)
    {
        var wanted = records.Select(r => (r.Source, r.SourceId)).ToHashSet();
        var numbers = new HashSet<long>();
        await foreach (var row in services.GetRequiredService<ICustomerQueries>().ReadClustersAsync(ct))
        {
            if (wanted.Contains((row.Source, row.SourceId))) numbers.Add(row.CustomerNumber);
        }

        return numbers;
    }
}
