using System.CommandLine;
using System.Globalization;
using Hub.Api;
using Hub.Api.Graph;
using Hub.Core.Model;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Server.Cli;

/// <summary>
/// <c>hub apikey create --role reader|operator|admin [--pii] [--expires 90d|2027-01-31]</c> (the key is the last line of
/// stdout), <c>hub apikey list</c> and <c>hub apikey revoke ID [--reason TEXT]</c>.
/// </summary>
public static class ApiKeyCommand
{
    // A mistake in what was typed, as for other usage mistakes ('hub resolve --retrain' without --full).
    private const int BadInput = 2;

    /// <summary>Builds the command.</summary>
    public static Command Create() => new("apikey", "Manage API keys: create, list, revoke") { CreateCreate(), CreateList(), CreateRevoke() };

    private static Command CreateCreate()
    {
        // Checked in the action rather than by the parser, so a mistake is one line and exit code 2 like --expires.
        var role = new Option<string?>("--role") { Description = "Required: reader (queries), operator (+ sync control) or admin (+ identity fixes, keys)", HelpName = "reader|operator|admin" };
        var pii = new Option<bool>("--pii") { Description = "May read personal data (e-mail, phone, address, birth date) unmasked" };
        var expires = new Option<string?>("--expires") { Description = "Stop working after a number of days (90d) or after a date (2027-01-31, UTC); default: never" };
        var create = new Command("create", "Create an API key; it is printed once, as the last line") { role, pii, expires };
        create.SetAction(async (parse, cancellationToken) =>
        {
            // Mistakes in what was typed are reported before the data dir is touched.
            if (RoleNamed(parse.GetValue(role)) is not { } apiRole)
            {
                return await BadInputAsync(parse.GetValue(role) is { } given
                    ? $"--role: '{given}' is not a role; use reader (queries), operator (+ sync control) or admin (+ identity fixes, keys)"
                    : "--role is required: reader (queries), operator (+ sync control) or admin (+ identity fixes, keys)");
            }

            DateTimeOffset? expiresAt = null;
            if (parse.GetValue(expires) is { } text)
            {
                expiresAt = KeyExpiry.Parse(text, TimeProvider.System.GetUtcNow(), out var error);
                if (expiresAt is null) return await BadInputAsync(error!);
            }

            return await CommandRunner.RunAsync(parse, async (services, ct) =>
            {
                var key = await services.GetRequiredService<ApiKeyService>().CreateAsync(apiRole, parse.GetValue(pii), expiresAt, ct);
                var scope = parse.GetValue(pii) ? " with personal-data access" : "";
                var until = expiresAt is { } at ? $", valid until {Format(at)} UTC" : "";
                Console.WriteLine($"Created {(apiRole == ApiRole.Reader ? "a" : "an")} {apiRole.Name()} key{scope}{until}. It is shown only now; send it as 'Authorization: Bearer <key>'.");
                Console.WriteLine(key);
                return 0;
            }, cancellationToken);
        });
        return create;
    }

    private static Command CreateList()
    {
        var list = new Command("list", "List API keys: id, role, pii, created, expires, revoked (never the key itself)");
        list.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(parse, async (services, ct) =>
        {
            var keys = await services.GetRequiredService<ApiKeyService>().ListAsync(ct);
            if (keys.Count == 0)
            {
                Console.WriteLine("No API keys yet. Create one: hub apikey create --role reader");
                return 0;
            }

            var now = Now(services);
            Console.WriteLine($"{"ID",-9} {"ROLE",-9} {"PII",-4} {"CREATED (UTC)",-17} {"EXPIRES (UTC)",-27} REVOKED (UTC)");
            foreach (var key in keys)
            {
                var expiry = key.ExpiresAt is { } at ? Format(at) + (at <= now ? " (expired)" : "") : "never";
                var revoked = key.RevokedAt is { } when ? Format(when) + (key.RevokeReason is { } reason ? $" ({reason})" : "") : "-";
                Console.WriteLine($"{key.Id,-9} {key.Role.Name(),-9} {(key.Pii ? "yes" : "no"),-4} {Format(key.CreatedAt),-17} {expiry,-27} {revoked}");
            }

            return 0;
        }, cancellationToken));
        return list;
    }

    private static Command CreateRevoke()
    {
        var id = new Argument<string>("id") { Description = "The key's id, as 'hub apikey list' shows it (the whole key works too)" };
        var reason = new Option<string?>("--reason") { Description = "Why, kept with the key and shown by 'hub apikey list'" };
        var revoke = new Command("revoke", "Revoke an API key: requests with it are refused from now on") { id, reason };
        revoke.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(parse, async (services, ct) =>
        {
            var keyId = IdOf(parse.GetValue(id)!);
            var keys = services.GetRequiredService<ApiKeyService>();
            if (await keys.RevokeAsync(keyId, parse.GetValue(reason), ct))
            {
                Console.WriteLine($"Revoked key {keyId}; requests with it are refused from now on");
                return 0;
            }

            var existing = (await keys.ListAsync(ct)).FirstOrDefault(k => k.Id == keyId);
            if (existing?.RevokedAt is { } when)
            {
                Console.WriteLine($"Key {keyId} was revoked already, on {Format(when)}");
                return 0;
            }

            return await BadInputAsync($"there is no API key '{keyId}'; 'hub apikey list' shows the ids");
        }, cancellationToken));
        return revoke;
    }

    private static ApiRole? RoleNamed(string? name) =>
        Enum.GetValues<ApiRole>().Cast<ApiRole?>().FirstOrDefault(r => string.Equals(r!.Value.Name(), name?.Trim(), StringComparison.OrdinalIgnoreCase));

    // Someone may paste the whole key (hub_<id>_<secret>) instead of its id.
    private static string IdOf(string text)
    {
        var trimmed = text.Trim();
        if (!trimmed.StartsWith(ApiKeyService.KeyPrefix, StringComparison.Ordinal)) return trimmed;
        var rest = trimmed[ApiKeyService.KeyPrefix.Length..];
        var end = rest.IndexOf('_', StringComparison.Ordinal);
        return end > 0 ? rest[..end] : rest;
    }

    private static DateTimeOffset Now(IServiceProvider services) => (services.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow();

    private static string Format(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static async Task<int> BadInputAsync(string message)
    {
        await Console.Error.WriteLineAsync($"error: {message}");
        return BadInput;
    }
}
