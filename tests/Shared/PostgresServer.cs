using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Hub.Testing;

/// <summary>
/// A throwaway PostgreSQL server for tests, started from the machine's installed binaries: one per test process, started
/// on first use in a temporary folder on a free loopback port, stopped and deleted when the process exits. Each test takes
/// a database of its own from <see cref="CreateDatabaseAsync"/>. Where no binaries are installed, <see cref="Require"/> skips
/// the test, unless <c>HUB_REQUIRE_POSTGRES=1</c> (as CI sets), where it fails it.
/// </summary>
internal sealed class PostgresServer
{
    public const string BinVariable = "HUB_PG_BIN";
    public const string RequireVariable = "HUB_REQUIRE_POSTGRES";
    private const string SuperUser = "postgres";
    private const string FolderPrefix = "hub-pg-";

    private static readonly Lazy<Task<PostgresServer>> Shared = new(StartAsync, LazyThreadSafetyMode.ExecutionAndPublication);
    private static int s_databases;

    private readonly string _bin;
    private readonly string _folder;
    private readonly string? _runAs;

    private PostgresServer(string bin, string folder, int port, string? runAs)
    {
        _bin = bin;
        _folder = folder;
        Port = port;
        _runAs = runAs;
    }

    /// <summary>The loopback port the server listens on.</summary>
    public int Port { get; }

    /// <summary>A connection string for <paramref name="database"/> as the superuser (trust authentication, no password).</summary>
    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port.ToString(CultureInfo.InvariantCulture)};Username={SuperUser};Database={database}";

    /// <summary>The process's server, started on first use; skips (or, with HUB_REQUIRE_POSTGRES=1, fails) the test where PostgreSQL is not installed.</summary>
    public static async Task<PostgresServer> Require()
    {
        if (FindBinaries(out var looked) is null)
        {
            var message = $"PostgreSQL binaries not found (looked in {looked}); install the postgresql package or set {BinVariable}";
            if (Environment.GetEnvironmentVariable(RequireVariable) == "1") Assert.Fail(message + $" ({RequireVariable}=1 forbids skipping)");
            Assert.Skip(message);
        }

        return await Shared.Value.ConfigureAwait(false);
    }

    /// <summary>
    /// Creates a database with a name of its own, empty or as a copy of <paramref name="template"/> (a database of this server
    /// that nobody is connected to); returns its connection string.
    /// </summary>
    public async Task<string> CreateDatabaseAsync(string? template = null)
    {
        var name = $"hub_test_{Environment.ProcessId}_{Interlocked.Increment(ref s_databases)}";
        await PsqlAsync(template is null ? $"CREATE DATABASE {name};" : $"CREATE DATABASE {name} TEMPLATE {DatabaseName(template)};").ConfigureAwait(false);
        return ConnectionString(name);
    }

    /// <summary>Drops a database <see cref="CreateDatabaseAsync"/> made, closing whatever connections it still has.</summary>
    public Task DropDatabaseAsync(string connectionString) => PsqlAsync($"DROP DATABASE IF EXISTS {DatabaseName(connectionString)} WITH (FORCE);");

    private static string DatabaseName(string connectionString) =>
        connectionString.Split(';').Single(part => part.StartsWith("Database=", StringComparison.Ordinal))["Database=".Length..];

    private Task PsqlAsync(string sql) =>
        RunAsync(Path.Combine(_bin, "psql"), null,
            ["-h", "127.0.0.1", "-p", Port.ToString(CultureInfo.InvariantCulture), "-U", SuperUser, "-d", "postgres", "-v", "ON_ERROR_STOP=1", "-q", "-c", sql]);

    /// <summary>$HUB_PG_BIN, else the folder of pg_ctl on PATH, else the highest /usr/lib/postgresql/N/bin; null when none has pg_ctl.</summary>
    private static string? FindBinaries(out string looked)
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable(BinVariable) is { Length: > 0 } configured) candidates.Add(configured);
        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
        const string Debian = "/usr/lib/postgresql";
        if (Directory.Exists(Debian))
        {
            candidates.AddRange(Directory.GetDirectories(Debian)
                .Select(dir => (dir, version: double.TryParse(Path.GetFileName(dir), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : 0))
                .OrderByDescending(d => d.version)
                .Select(d => Path.Combine(d.dir, "bin")));
        }

        looked = $"${BinVariable}, PATH, {Debian}/*/bin";
        // pg_ctl on PATH is often a link into the real bin folder, which also holds psql (PATH's psql may be a wrapper script).
        return candidates
            .Select(dir => Path.Combine(dir, "pg_ctl"))
            .Where(File.Exists)
            .Select(pgCtl => Path.GetDirectoryName(new FileInfo(pgCtl).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? pgCtl)!)
            .FirstOrDefault(dir => File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "psql")));
    }

    private static async Task<PostgresServer> StartAsync()
    {
        var bin = FindBinaries(out _)!;
        RemoveAbandoned(bin);
        // Short: the server's Unix socket lives here, and socket paths are limited to about a hundred bytes. The process id
        // in the name lets a later run stop a server whose test process was killed before it could.
        var folder = Path.Combine("/tmp", $"{FolderPrefix}{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}");
        Directory.CreateDirectory(folder);
        // PostgreSQL refuses to run as root: as root, the server runs as the postgres user, which must own the folder.
        var runAs = Environment.IsPrivilegedProcess ? SuperUser : null;
        if (runAs is not null) await RunAsync("chown", null, [runAs, folder]).ConfigureAwait(false);

        var data = Path.Combine(folder, "data");
        await RunAsync(Path.Combine(bin, "initdb"), runAs,
            ["-D", data, "-U", SuperUser, "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"]).ConfigureAwait(false);

        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            var server = new PostgresServer(bin, folder, port, runAs);
            try
            {
                // Durability is worthless for a server that is deleted at the end; without it, tests run several times faster.
                var options = $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200";
                await RunAsync(Path.Combine(bin, "pg_ctl"), runAs, ["-D", data, "-o", options, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60", "start"]).ConfigureAwait(false);
                AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop();
                return server;
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
                // Another process took the port between probing and starting: try another.
            }
        }
    }

    // Servers of test processes that were killed (a timeout, Ctrl+C) would otherwise run on until the machine restarts.
    private static void RemoveAbandoned(string bin)
    {
        foreach (var folder in Directory.GetDirectories("/tmp", FolderPrefix + "*"))
        {
            var pid = Path.GetFileName(folder)[FolderPrefix.Length..].Split('-')[0];
            if (!int.TryParse(pid, NumberStyles.None, CultureInfo.InvariantCulture, out var owner) || IsRunning(owner)) continue;
            new PostgresServer(bin, folder, 0, Environment.IsPrivilegedProcess ? SuperUser : null).Stop();
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private void Stop()
    {
        try
        {
            using var stop = Process.Start(StartInfo(Path.Combine(_bin, "pg_ctl"), _runAs, ["-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w", "stop"]));
            stop?.WaitForExit(10_000);
        }
        finally
        {
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Left behind in /tmp; nothing a test can do about it on the way out.
            }
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private static ProcessStartInfo StartInfo(string program, string? runAs, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(runAs is null ? program : "runuser")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (runAs is not null)
        {
            foreach (var part in new[] { "-u", runAs, "--", program }) start.ArgumentList.Add(part);
        }

        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        return start;
    }

    private static async Task RunAsync(string program, string? runAs, IReadOnlyList<string> arguments)
    {
        using var process = Process.Start(StartInfo(program, runAs, arguments))
            ?? throw new InvalidOperationException($"could not start {program}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{Path.GetFileName(program)} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await error.ConfigureAwait(false)}{await output.ConfigureAwait(false)}");
        }
    }
}
