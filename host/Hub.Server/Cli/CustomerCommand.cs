using System.CommandLine;
using Hub.Core;
using Hub.Core.Model;
using Hub.Core.Storage;
using Hub.Pipeline.Resolution;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Server.Cli;

/// <summary>
/// <c>hub customer show|set|clear</c>: a golden record with the lineage of every field, and operator overrides of its
/// fields. Overrides go to the append-only decision log and take effect through a resolution, run at once.
/// </summary>
public static class CustomerCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create() =>
        new("customer", "Show a customer's golden record with where each value came from, and override its fields")
        {
            CreateShow(),
            CreateSet(),
            CreateClear(),
        };

    private static Command CreateShow()
    {
        var id = CustomerArgument();
        var show = new Command("show", "Show the golden fields, each with its source record, date and survivorship rule") { id };
        show.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(parse, async (services, ct) =>
        {
            var (customer, _) = await FindAsync(services, parse.GetValue(id)!, ct);
            CustomerView.Write(customer, await DecisionsByIdAsync(services, ct));
            return 0;
        }, cancellationToken));
        return show;
    }

    private static Command CreateSet()
    {
        var id = CustomerArgument();
        var assignments = new Argument<string[]>("field=value")
        {
            Description = $"Golden fields to set: {string.Join(", ", GoldenFields.All)}",
            Arity = ArgumentArity.OneOrMore,
        };
        var reason = ReasonOption("Why the value is right, for the decision log");
        var set = new Command("set", "Give golden fields a value that wins over survivorship until cleared") { id, assignments, reason };
        set.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(parse, async (services, ct) =>
        {
            var why = Reason(parse.GetValue(reason));
            var values = GoldenFieldInput.Assignments(parse.GetValue(assignments));
            var (customer, records) = await FindAsync(services, parse.GetValue(id)!, ct);
            var log = services.GetRequiredService<IDecisionStore>();
            foreach (var (field, value) in values)
                await log.AppendAsync(Decision(DecisionKind.Override, customer, records, field, value, why), ct);
            await ResolveAndShowAsync(services, customer, records, ct);
            return 0;
        }, cancellationToken));
        return set;
    }

    private static Command CreateClear()
    {
        var id = CustomerArgument();
        var fields = new Argument<string[]>("field") { Description = "Golden fields whose override to withdraw", Arity = ArgumentArity.OneOrMore };
        var reason = ReasonOption("Why the override no longer holds, for the decision log");
        var clear = new Command("clear", "Withdraw overrides, so survivorship chooses the fields' values again") { id, fields, reason };
        clear.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(parse, async (services, ct) =>
        {
            var why = Reason(parse.GetValue(reason));
            var names = (parse.GetValue(fields) ?? []).Select(GoldenFieldInput.Field).Distinct().ToList();
            var (customer, records) = await FindAsync(services, parse.GetValue(id)!, ct);
            // Clearing what is not overridden would only add noise to a log that is never pruned.
            var notOverridden = names.Where(f => customer.Lineage.GetValueOrDefault(f)?.Rule != FieldLineage.OverrideRule).ToList();
            if (notOverridden.Count > 0)
                throw new UserFacingException($"{customer.Id} has no override of {string.Join(", ", notOverridden)}; 'hub customer show {customer.Id}' shows which fields are overridden");
            var log = services.GetRequiredService<IDecisionStore>();
            foreach (var field in names)
                await log.AppendAsync(Decision(DecisionKind.ClearOverride, customer, records, field, null, why), ct);
            await ResolveAndShowAsync(services, customer, records, ct);
            return 0;
        }, cancellationToken));
        return clear;
    }

    private static Argument<string> CustomerArgument() => new("customer") { Description = "The customer id, e.g. cus_42" };

    // Not Required: a missing reason is a user mistake that should read like the others, one line from the hub.
    private static Option<string?> ReasonOption(string description) => new("--reason") { Description = description + " (required)" };

    private static string Reason(string? typed) => IdentityArguments.Reason(typed);

    private static IdentityDecision Decision(
        DecisionKind kind, GoldenCustomer customer, IReadOnlyList<RecordRef> records, string field, string? value, string reason) => new()
    {
        Kind = kind,
        // The records, not only the number, so the decision follows the customer when a later resolution renumbers it.
        Records = records,
        CustomerNumber = customer.Number,
        Field = field,
        Value = value,
        Reason = reason,
        Actor = IdentityArguments.Actor,
    };

    private static async Task<(GoldenCustomer Customer, IReadOnlyList<RecordRef> Records)> FindAsync(
        IServiceProvider services, string text, CancellationToken ct)
    {
        var number = IdentityArguments.CustomerNumber(text);
        var queries = services.GetRequiredService<ICustomerQueries>();
        var customer = await queries.GetCustomerAsync(number, ct)
            ?? throw new UserFacingException($"there is no customer {text}; it may have been merged into another by a later resolution (see 'hub export clusters')");
        var records = (await queries.GetRecordsOfCustomersAsync([number], ct))[number]
            .Select(r => new RecordRef(r.Source, r.SourceId))
            .ToList();
        return (customer, records);
    }

    private static async Task ResolveAndShowAsync(IServiceProvider services, GoldenCustomer before, IReadOnlyList<RecordRef> records, CancellationToken ct)
    {
        await services.GetRequiredService<ResolutionService>().ResolveAsync(full: true, ct);
        var after = await FollowAsync(services.GetRequiredService<ICustomerQueries>(), before.Number, records, ct);
        if (after is null)
        {
            Console.WriteLine($"Recorded; {before.Id} no longer exists after resolution (its records are gone)");
            return;
        }

        if (after.Number != before.Number) Console.WriteLine($"Recorded; {before.Id} is now {after.Id}");
        CustomerView.Write(after, await DecisionsByIdAsync(services, ct));
    }

    // Resolution keeps numbers stable, but a merge can move the records to another customer: then follow the first record.
    private static async Task<GoldenCustomer?> FollowAsync(ICustomerQueries queries, long number, IReadOnlyList<RecordRef> records, CancellationToken ct)
    {
        var first = records.Count > 0 ? records[0] : null;
        var same = await queries.GetCustomerAsync(number, ct);
        if (first is null) return same;
        if (same is not null && (await queries.GetRecordsOfCustomersAsync([number], ct))[number].Any(r => r.Source == first.Source && r.SourceId == first.SourceId))
            return same;
        await foreach (var row in queries.ReadClustersAsync(ct))
        {
            if (row.Source == first.Source && row.SourceId == first.SourceId) return await queries.GetCustomerAsync(row.CustomerNumber, ct);
        }

        return same;
    }

    private static async Task<Dictionary<long, IdentityDecision>> DecisionsByIdAsync(IServiceProvider services, CancellationToken ct) =>
        (await services.GetRequiredService<IDecisionStore>().ListAsync(ct)).ToDictionary(d => d.Id);
}
