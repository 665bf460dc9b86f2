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

    private static readonly TimeSpan DefaultLimit = TimeSpan.FromMinutes(2);

    /// <summary>Runs one command to its end, within two minutes.</summary>
    public Task<CommandResult> RunAsync(params string[] args) => RunAsync(DefaultLimit, args);

    /// <summary>
    /// Runs one command to its end. When it takes longer than <paramref name="limit"/> or the test is cancelled, the
    /// command is killed, so no orphaned hub keeps a temp database open.
    /// </summary>
    public async Task<CommandResult> RunAsync(TimeSpan limit, params string[] args)
    {
        using var process = Start(args);
        return await CommandProcess.WaitAsync(process, limit, $"hub {string.Join(' ', args)}");
    }

    /// <summary>
    /// Installs a test plugin as a user would: its build output (e.g. <c>tests/plugins/Hub.TestPlugins.Miner</c>) copied into
    /// <c>plugins/<paramref name="folderName"/></c> of the data dir. Returns that folder.
    /// </summary>
    public string InstallPlugin(string projectFolder, string folderName)
    {
        var target = Directory.CreateDirectory(Path.Combine(DataDirectory, "plugins", folderName)).FullName;
        foreach (var file in Directory.GetFiles(RepoPaths.OutputOf(projectFolder))) File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        return target;
    }

    /// <summary>Starts <c>hub serve</c> (with <paramref name="options"/>) on a free loopback port and waits until it answers.</summary>
    public async Task<RunningHub> ServeAsync(params string[] options)
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        var process = Start(["serve", "--urls", url, .. options]);
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
