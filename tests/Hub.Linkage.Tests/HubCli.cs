using System.Diagnostics;
using Hub.Server.Tests;
using Hub.Testing;

namespace Hub.Linkage.Tests;

/// <summary>
/// Runs one <c>hub</c> command against a data directory. Unlike the end-to-end suite's runner it waits longer
/// (resolving thousands of records with a fuzzy engine may take minutes) and kills the command when the test is
/// cancelled or times out, so no orphaned hub keeps a temp database open.
/// </summary>
internal sealed class HubCli(string dataDirectory)
{
    private static readonly string HubDll = Path.Combine(RepoPaths.OutputOf("host/Hub.Server"), "hub.dll");
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(10);

    public async Task<CommandResult> RunAsync(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(HubDll);
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.ArgumentList.Add("--data-dir");
        info.ArgumentList.Add(dataDirectory);
        info.Environment.Remove("HUB_DATA_DIR");

        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start the hub");
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        stop.CancelAfter(Limit);
        var stdout = process.StandardOutput.ReadToEndAsync(stop.Token);
        var stderr = process.StandardError.ReadToEndAsync(stop.Token);
        try
        {
            await process.WaitForExitAsync(stop.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"hub {string.Join(' ', args)} did not finish within {Limit.TotalMinutes} minutes or the test was cancelled");
        }

        return new CommandResult(process.ExitCode, await stdout, await stderr);
    }
}
