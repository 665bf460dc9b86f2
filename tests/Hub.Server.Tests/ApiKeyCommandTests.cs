using System.Net;
using System.Text.RegularExpressions;

namespace Hub.Server.Tests;

/// <summary>An operator managing API keys with the real executable: create with an expiry, list, revoke.</summary>
public sealed class ApiKeyCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly HubProcess _hub;

    public ApiKeyCommandTests() => _hub = new HubProcess(Path.Combine(_folder.Path, "data"));

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Keys_are_listed_with_role_pii_and_expiry_but_never_the_secret_and_a_revoked_key_shows_why()
    {
        var admin = (await _hub.RunAsync("apikey", "create", "--role", "admin", "--pii", "--expires", "90d")).AssertSuccess();
        var reader = (await _hub.RunAsync("apikey", "create", "--role", "reader", "--expires", "2099-01-31")).AssertSuccess();
        Assert.Contains("valid until 2099-02-01 00:00 UTC", reader.Stdout, StringComparison.Ordinal);
        var adminId = IdOf(admin.LastLine);
        var readerId = IdOf(reader.LastLine);

        (await _hub.RunAsync("apikey", "revoke", readerId, "--reason", "laptop stolen")).AssertSuccess();
        var list = (await _hub.RunAsync("apikey", "list")).AssertSuccess().Stdout;

        var adminRow = Row(list, adminId);
        Assert.Matches(@"admin\s+yes\s+\d{4}-\d\d-\d\d \d\d:\d\d\s+\d{4}-\d\d-\d\d \d\d:\d\d\s+-$", adminRow);
        var expiry = DateTime.Parse(Regex.Matches(adminRow, @"\d{4}-\d\d-\d\d \d\d:\d\d")[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(expiry, DateTime.UtcNow.AddDays(89), DateTime.UtcNow.AddDays(91));
        Assert.Matches(@"reader\s+no\s+\S+ \S+\s+2099-02-01 00:00\s+\d{4}-\d\d-\d\d \d\d:\d\d \(laptop stolen\)$", Row(list, readerId));
        Assert.DoesNotContain(admin.LastLine.Split('_', 3)[2], list, StringComparison.Ordinal);
        Assert.DoesNotContain(reader.LastLine.Split('_', 3)[2], list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_revoked_while_the_hub_serves_is_refused_at_once()
    {
        var key = (await _hub.RunAsync("apikey", "create", "--role", "reader")).AssertSuccess().LastLine;
        await using var hub = await _hub.ServeAsync();
        await hub.QueryAsync("{ plugins { id } }", key);

        // The whole key is accepted in place of its id.
        (await _hub.RunAsync("apikey", "revoke", key)).AssertSuccess();
        using var response = await hub.PostGraphQLAsync("{ plugins { id } }", key);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains($"{IdOf(key)} was revoked on", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--expires", "soon", "is neither a number of days (e.g. 90d) nor a date")]
    [InlineData("--expires", "2001-01-01", "has passed")]
    [InlineData("--expires", "0d", "must be between 1d")]
    public async Task A_bad_expiry_is_one_line_with_exit_code_2_and_creates_no_key(string option, string value, string expected)
    {
        var result = await _hub.RunAsync("apikey", "create", "--role", "reader", option, value);

        result.AssertUserError(expected);
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("No API keys yet", (await _hub.RunAsync("apikey", "list")).AssertSuccess().Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_role_or_an_unknown_key_id_is_one_line_with_exit_code_2()
    {
        var role = await _hub.RunAsync("apikey", "create", "--role", "superuser");
        var missing = await _hub.RunAsync("apikey", "revoke", "nosuchid");

        role.AssertUserError("'superuser' is not a role");
        Assert.Equal(2, role.ExitCode);
        missing.AssertUserError("there is no API key 'nosuchid'");
        Assert.Equal(2, missing.ExitCode);
    }

    [Fact]
    public async Task Revoking_a_key_twice_keeps_the_first_revocation()
    {
        var id = IdOf((await _hub.RunAsync("apikey", "create", "--role", "operator")).AssertSuccess().LastLine);

        (await _hub.RunAsync("apikey", "revoke", id, "--reason", "rotated")).AssertSuccess();
        var again = (await _hub.RunAsync("apikey", "revoke", id, "--reason", "other")).AssertSuccess();

        Assert.Contains("revoked already", again.Stdout, StringComparison.Ordinal);
        Assert.EndsWith("(rotated)", Row((await _hub.RunAsync("apikey", "list")).AssertSuccess().Stdout, id), StringComparison.Ordinal);
    }

    private static string IdOf(string key) => key.Split('_')[1];

    private static string Row(string list, string id) =>
        list.Split('\n', StringSplitOptions.TrimEntries).Single(line => line.StartsWith(id + " ", StringComparison.Ordinal));
}
