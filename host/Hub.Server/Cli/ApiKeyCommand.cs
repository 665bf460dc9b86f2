using System.CommandLine;
using Hub.Api;
using Hub.Core.Model;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Server.Cli;

/// <summary><c>hub apikey create --role reader|operator|admin [--pii]</c>: the key is the last line of stdout.</summary>
public static class ApiKeyCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var role = new Option<string>("--role") { Description = "reader (queries), operator (+ sync control) or admin (+ identity fixes, keys)", Required = true };
        role.AcceptOnlyFromAmong("reader", "operator", "admin");
        var pii = new Option<bool>("--pii") { Description = "May read personal data (e-mail, phone, address, birth date) unmasked" };
        var create = new Command("create", "Create an API key; it is printed once, as the last line") { role, pii };
        create.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(parse, async (services, ct) =>
        {
            var apiRole = Enum.Parse<ApiRole>(parse.GetValue(role)!, ignoreCase: true);
            var key = await services.GetRequiredService<ApiKeyService>().CreateAsync(apiRole, parse.GetValue(pii), ct);
            Console.WriteLine($"Created a {apiRole.ToString().ToLowerInvariant()} key{(parse.GetValue(pii) ? " with personal-data access" : "")}. It is shown only now; send it as 'Authorization: Bearer <key>'.");
            Console.WriteLine(key);
            return 0;
        }, cancellationToken));
        return new Command("apikey", "Manage API keys") { create };
    }
}
