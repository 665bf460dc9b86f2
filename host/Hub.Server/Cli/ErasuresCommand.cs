using System.CommandLine;
using System.Globalization;
using Hub.Pipeline.Privacy;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Server.Cli;

/// <summary><c>hub erasures [--limit N]</c>: the erasure log, newest first; it holds no personal data.</summary>
public static class ErasuresCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var limit = new Option<int>("--limit") { Description = "At most this many, newest first", DefaultValueFactory = _ => 50 };
        var command = new Command("erasures", "List past erasures ('hub forget'): customer, when, who, why and what was erased") { limit };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(parse, async (services, ct) =>
        {
            var erasures = await services.GetRequiredService<ErasureService>().ListAsync(parse.GetValue(limit), ct);
            if (erasures.Count == 0) Console.WriteLine("No erasures yet ('hub forget CUSTOMER_ID --reason ...' makes one).");
            foreach (var e in erasures)
            {
                var at = e.ErasedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
                Console.WriteLine($"#{e.Id} {at} {e.Actor}: {e.CustomerId} — {e.Reason}");
                Console.WriteLine($"    {ErasureReport.Counts(e)}");
            }

            return 0;
        }, cancellationToken));
        return command;
    }
}
