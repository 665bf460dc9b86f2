using System.CommandLine;
using System.Globalization;
using Hub.Core;
using Hub.Core.Model;
using Hub.Core.Storage;
using Hub.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Server.Cli;

/// <summary><c>hub explain CUSTOMER_ID</c>: why a customer's records belong together.</summary>
public static class ExplainCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var id = new Argument<string>("customer") { Description = "The customer id, e.g. cus_42" };
        var command = new Command("explain", "Show the records of a customer and the evidence that links them") { id };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(parse, async (services, ct) =>
        {
            var text = parse.GetValue(id)!;
            var number = IdentityArguments.CustomerNumber(text);

            var queries = services.GetRequiredService<ICustomerQueries>();
            var customer = await queries.GetCustomerAsync(number, ct)
                ?? throw new UserFacingException($"there is no customer {text}; it may have been merged into another by a later resolution (see 'hub export clusters')");
            var records = (await queries.GetRecordsOfCustomersAsync([number], ct))[number].ToList();
            var store = services.GetRequiredService<IIdentityStore>();
            var links = await store.LoadLinksAsync(number, ct);
            var models = new Dictionary<int, IdentityModelSnapshot?>();
            foreach (var version in links.Select(l => l.ModelVersion).Distinct())
                models[version] = await store.LoadModelAsync(version, ct);

            Write(customer, records, links, models);
            return 0;
        }, cancellationToken));
        return command;
    }

    private static void Write(GoldenCustomer customer, List<StoredCustomerRecord> records, IReadOnlyList<LinkEvidence> links, Dictionary<int, IdentityModelSnapshot?> models)
    {
        var label = records.ToDictionary(r => r.RowId, r => $"{r.Source}:{r.SourceId}");
        Console.WriteLine($"{customer.Id} {customer.DisplayName}: {records.Count} record(s)");
        foreach (var record in records)
        {
            var r = record.Record;
            var name = r.FullName ?? string.Join(' ', new[] { r.GivenName, r.FamilyName }.Where(n => !string.IsNullOrWhiteSpace(n)));
            var details = new[] { name, r.Email, r.Phone, r.BirthDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.City, r.Postcode, r.ExternalId }
                .Where(v => !string.IsNullOrWhiteSpace(v));
            Console.WriteLine($"  {label[record.RowId]}  {string.Join(" | ", details)}");
        }

        if (records.Count > 1 && links.Count == 0)
        {
            Console.WriteLine("No link evidence is stored for this customer yet; run 'hub resolve' to record it.");
            return;
        }

        foreach (var link in links)
        {
            var a = label.GetValueOrDefault(link.RecordA, $"record {link.RecordA}");
            var b = label.GetValueOrDefault(link.RecordB, $"record {link.RecordB}");
            var why = link.Rule switch
            {
                "model" or "model:name" => string.Create(CultureInfo.InvariantCulture,
                    $"match weight {link.Weight:+0.0;-0.0} bits, probability {LinkExplanations.Probability(link.Weight):0.0000}, model v{link.ModelVersion}")
                    + (link.Rule == "model:name" ? " (on the name alone: no other record carries it)" : ""),
                "rule:email" => "rule: the same e-mail address",
                "rule:phone" => "rule: the same phone number",
                "rule:external_id" => "rule: the same external id",
                "decision:merge" => "an operator merged them",
                var other => other,
            };
            Console.WriteLine();
            Console.WriteLine($"{a} ~ {b}: {why}");
            if (LinkExplanations.NamesSwapped(link)) Console.WriteLine("  (given and family names compared crosswise)");
            foreach (var field in LinkExplanations.Fields(link, models.GetValueOrDefault(link.ModelVersion)))
            {
                var weight = field.Weight is { } w ? string.Create(CultureInfo.InvariantCulture, $"{w,6:+0.0;-0.0}") : "      ";
                Console.WriteLine($"  {weight}  {field.Field,-12} {field.Level}");
            }
        }
    }
}
