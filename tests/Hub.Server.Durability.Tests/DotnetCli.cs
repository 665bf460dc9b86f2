using System.Diagnostics;

namespace Hub.Server.Tests;

/// <summary>
/// Runs the <c>dotnet</c> command as from an author's shell: not with the variables the test runner and its MSBuild set for
/// themselves (which would tie a nested build or test run to this one's), with packages in <paramref name="packages"/>, a
/// folder of the test's own, so nothing comes from or goes to the machine's package cache.
/// </summary>
internal sealed class DotnetCli(string packages)
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(4);

    public Task<CommandResult> RunAsync(string directory, params string[] args) => RunProgramAsync("dotnet", directory, args);

    /// <summary>Runs another program (an installed tool's command) in the same environment.</summary>
    public async Task<CommandResult> RunProgramAsync(string program, string directory, params string[] args)
    {
        var info = new ProcessStartInfo(program) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        foreach (var inherited in info.Environment.Keys.Where(IsRunnerVariable).ToList()) info.Environment.Remove(inherited);
        info.Environment["NUGET_PACKAGES"] = packages;
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        // Build nodes end with their build, so nothing outlives the test holding its output open.
        info.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {program}");
        return await CommandProcess.WaitAsync(process, Limit, $"{program} {string.Join(' ', args)}");
    }

    private static bool IsRunnerVariable(string name) =>
        name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase) || name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("TESTINGPLATFORM", StringComparison.OrdinalIgnoreCase) || name.StartsWith("XUNIT", StringComparison.OrdinalIgnoreCase)
        || name is "DOTNET_HOST_PATH" or "DOTNET_CLI_UI_LANGUAGE";
}
