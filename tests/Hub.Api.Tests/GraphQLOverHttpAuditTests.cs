using System.Diagnostics;
using Hub.Server.Tests;

namespace Hub.Api.Tests;

/// <summary>
/// The independent GraphQL-over-HTTP audit of graphql-http (<c>audit/audit.mjs</c>) against a real server: every
/// audit must pass or be a mere notice (a declined MAY). Needs Node.js and npm; CI installs them, so it never skips there.
/// </summary>
public sealed class GraphQLOverHttpAuditTests(ApiServer server) : IClassFixture<ApiServer>
{
    private static readonly TimeSpan InstallLimit = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan AuditLimit = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task The_graphql_http_server_audit_reports_no_errors_and_no_warnings()
    {
        var node = FindOnPath("node");
        var npm = FindOnPath("npm");
        if (node is null || npm is null)
            Assert.Skip($"Node.js and npm are needed to run the graphql-http audit, and {(node is null ? "node" : "npm")} is not on PATH; install Node.js 18 or newer (.ci/run does).");

        var audit = AuditFolder();
        if (NeedsInstall(audit))
        {
            var install = await RunAsync(npm, audit, InstallLimit, "ci", "--no-audit", "--no-fund");
            Assert.True(install.ExitCode == 0, $"npm ci failed in {audit} (exit {install.ExitCode}):\n{install.Output}");
        }

        var url = new Uri(server.Client.BaseAddress!, "/graphql").ToString();
        var result = await RunAsync(node, audit, AuditLimit, "audit.mjs", url, await server.CreateKeyAsync());

        Assert.True(result.ExitCode == 0, $"the graphql-http audit of {url} failed (exit {result.ExitCode}):\n{result.Output}");
        Assert.Contains("0 warnings, 0 errors", result.Output);
    }

    /// <summary>tests/Hub.Api.Tests/audit, found upwards from the test output folder.</summary>
    private static string AuditFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "audit");
            if (File.Exists(Path.Combine(candidate, "audit.mjs")) && File.Exists(Path.Combine(dir.FullName, "Hub.Api.Tests.csproj"))) return candidate;
        }
        throw new InvalidOperationException("tests/Hub.Api.Tests/audit not found above the test output folder; run the tests from a checkout of the repository");
    }

    /// <summary>node_modules is missing, or older than package-lock.json (npm ci records what it installed in node_modules/.package-lock.json).</summary>
    private static bool NeedsInstall(string audit)
    {
        var installed = Path.Combine(audit, "node_modules", ".package-lock.json");
        return !File.Exists(installed) || File.GetLastWriteTimeUtc(installed) < File.GetLastWriteTimeUtc(Path.Combine(audit, "package-lock.json"));
    }

    private static string? FindOnPath(string name)
    {
        string[] names = OperatingSystem.IsWindows() ? [name + ".exe", name + ".cmd"] : [name];
        return (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => names.Select(n => Path.Combine(dir, n)))
            .FirstOrDefault(File.Exists);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string program, string folder, TimeSpan limit, params string[] args)
    {
        var info = new ProcessStartInfo(program)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {program}");
        var result = await CommandProcess.WaitAsync(process, limit, $"{Path.GetFileName(program)} {string.Join(' ', args[..1])}");
        return (result.ExitCode, result.Stdout + result.Stderr);
    }
}
