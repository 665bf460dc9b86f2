using System.Globalization;
using Hub.Core.Model;

namespace Hub.Server.Cli;

/// <summary>Prints a golden customer field by field, each value with where it came from.</summary>
public static class CustomerView
{
    /// <summary>
    /// Writes the customer to stdout: one line per golden field, <c>email  ann@example.com  (shop:1042, 2024-05-01, most-recent)</c>,
    /// then the e-mail and phone lists, the record count and the orders and interactions in brief.
    /// </summary>
    /// <param name="customer">The customer.</param>
    /// <param name="decisions">The decision log by id, to say who overrode a field and why; may be empty.</param>
    public static void Write(GoldenCustomer customer, IReadOnlyDictionary<long, IdentityDecision> decisions)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(decisions);
        Console.WriteLine($"{customer.Id}  {customer.DisplayName}");
        var width = GoldenFields.All.Max(f => f.Length) + 2;
        var valueWidth = Math.Min(40, GoldenFields.All.Max(f => (GoldenFields.ValueOf(customer, f) ?? "-").Length) + 2);
        foreach (var field in GoldenFields.All)
        {
            var value = GoldenFields.ValueOf(customer, field) ?? "-";
            var from = customer.Lineage.TryGetValue(field, out var lineage) ? "  " + Describe(lineage, decisions) : "";
            Console.WriteLine($"  {field.PadRight(width)}{value.PadRight(valueWidth)}{from}".TrimEnd());
        }

        Console.WriteLine($"  {"emails".PadRight(width)}{string.Join("; ", customer.Emails)}".TrimEnd());
        Console.WriteLine($"  {"phones".PadRight(width)}{string.Join("; ", customer.Phones)}".TrimEnd());
        Console.WriteLine($"  {"records".PadRight(width)}{customer.RecordCount.ToString(CultureInfo.InvariantCulture)}");
        var activity = customer.Activity;
        Console.WriteLine($"  {"orders".PadRight(width)}{Span(activity.OrderCount, activity.FirstOrderAt, activity.LastOrderAt)}");
        Console.WriteLine($"  {"interactions".PadRight(width)}{Span(activity.InteractionCount, activity.FirstInteractionAt, activity.LastInteractionAt)}");
    }

    // "3, 2024-01-15 to 2024-06-30" (UTC days), or "0".
    private static string Span(int count, DateTimeOffset? first, DateTimeOffset? last) =>
        count == 0 || first is null || last is null
            ? count.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{count}, {first.Value.UtcDateTime:yyyy-MM-dd} to {last.Value.UtcDateTime:yyyy-MM-dd}");

    private static string Describe(FieldLineage lineage, IReadOnlyDictionary<long, IdentityDecision> decisions)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"({lineage.Source}:{lineage.SourceId}, {lineage.ChangedAt.UtcDateTime:yyyy-MM-dd}, {lineage.Rule})");
        if (lineage.Rule == FieldLineage.OverrideRule
            && long.TryParse(lineage.SourceId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            && decisions.TryGetValue(id, out var decision))
        {
            text += $" by {decision.Actor}: {decision.Reason}";
        }

        return text;
    }
}
