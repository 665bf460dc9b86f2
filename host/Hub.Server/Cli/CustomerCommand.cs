using System.CommandLine;
using Hub.Core;
using Hub.Core.Model;
using Hub.Core.Storage;
using Hub.Pipeline.Identity;
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
            var customer = await FindAsync(services, parse.GetValue(id)!, ct);
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
            var why = IdentityArguments.Reason(parse.GetValue(reason));
            var values = GoldenFieldInput.Assignments(parse.GetValue(assignments));
            var number = IdentityArguments.CustomerNumber(parse.GetValue(id)!);
            var change = await services.GetRequiredService<IdentityOperations>().SetFieldsAsync(number, values, why, IdentityArguments.Actor, ct);
            await ShowAsync(services, number, change, ct);
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
            var why = IdentityArguments.Reason(parse.GetValue(reason));
            var number = IdentityArguments.CustomerNumber(parse.GetValue(id)!);
            var change = await services.GetRequiredService<IdentityOperations>().ClearFieldsAsync(number, parse.GetValue(fields) ?? [], why, IdentityArguments.Actor, ct);
            await ShowAsync(services, number, change, ct);
            return 0;
        }, cancellationToken));
        return clear;
    }

    private static Argument<string> CustomerArgument() => new("customer") { Description = "The customer id, e.g. cus_42" };

    // Not Required: a missing reason is a user mistake that should read like the others, one line from the hub.
    private static Option<string?> ReasonOption(string description) => new("--reason") { Description = description + " (required)" };

    private static async Task<GoldenCustomer> FindAsync(IServiceProvider services, string text, CancellationToken ct) =>
        await services.GetRequiredService<ICustomerQueries>().GetCustomerAsync(IdentityArguments.CustomerNumber(text), ct)
            ?? throw new UserFacingException($"there is no customer {text}; it may have been merged into another by a later resolution (see 'hub export clusters')");

    // Resolution keeps numbers stable, but a merge can move the records to another customer: the change follows them.
    private static async Task ShowAsync(IServiceProvider services, long number, IdentityChange change, CancellationToken ct)
    {
        var before = CustomerId.Format(number);
        if (change.Customers is not [var after, ..])
        {
            Console.WriteLine($"Recorded; {before} no longer exists after resolution (its records are gone)");
            return;
        }

        if (after.Number != number) Console.WriteLine($"Recorded; {before} is now {after.Id}");
        CustomerView.Write(after, await DecisionsByIdAsync(services, ct));
    }

    private static async Task<Dictionary<long, IdentityDecision>> DecisionsByIdAsync(IServiceProvider services, CancellationToken ct) =>
        (await services.GetRequiredService<IDecisionStore>().ListAsync(ct)).ToDictionary(d => d.Id);
}
