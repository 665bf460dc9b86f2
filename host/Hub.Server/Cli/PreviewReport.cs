using Hub.Core.Model;
using Hub.Pipeline.Resolution;

namespace Hub.Server.Cli;

/// <summary>Prints what <c>hub resolve --dry-run</c> found.</summary>
internal static class PreviewReport
{
    private const int Examples = 20;

    public static void Write(ResolutionPreview preview)
    {
        Console.WriteLine($"Dry run: nothing was changed. {preview.Records:N0} records: {preview.CustomersBefore:N0} customers now, " +
            $"{preview.CustomersAfter:N0} after a resolution ({preview.NewRecords:N0} records not resolved yet).");
        Console.WriteLine($"{preview.Merges.Count:N0} merge(s) of existing customers, {preview.Splits.Count:N0} split(s).");
        foreach (var merge in preview.Merges.Take(Examples))
            Console.WriteLine($"  merge {string.Join(" + ", merge.Select(CustomerId.Format))}");
        foreach (var (customer, parts) in preview.Splits.Take(Examples))
            Console.WriteLine($"  split {CustomerId.Format(customer)} into {parts}");
        if (preview.Merges.Count > Examples || preview.Splits.Count > Examples) Console.WriteLine($"  (first {Examples} of each shown)");
    }
}
