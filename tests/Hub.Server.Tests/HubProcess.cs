using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Hub.Testing;

namespace Hub.Server.Tests;

/// <summary>Runs the real <c>hub</c> executable from its build output, with its own data dir.</summary>
internal sealed class HubProcess
{
    private static readonly string HubDll = Path.Combine(RepoPaths.OutputOf("host/Hub.Server"), "hub.dll");

    public HubProcess(string dataDirectory) => DataDirectory = dataDirectory;

    public string DataDirectory { get; }

    /// <summary>Runs one command to its end.</summary>
    public async Task<CommandResult> RunAsync(params string[] args)
    {
        using var process = Start(args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new CommandResult(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Starts <c>hub serve</c> on a free loopback port and waits until it answers.</summary>
    public async Task<RunningHub> ServeAsync()
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        var process = Start("serve", "--urls", url);
        var hub = new RunningHub(process, new Uri(url));
        await hub.WaitUntilHealthyAsync(TimeSpan.FromSeconds(60));
        return hub;
    }

    /// <summary>Starts a command and leaves it running; the caller ends it.</summary>
    public Process Start(params string[] args)
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
        info.ArgumentList.Add(DataDirectory);
        info.Environment.Remove("HUB_DATA_DIR");
        return Process.Start(info) ?? throw new InvalidOperationException("could not start the hub");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
