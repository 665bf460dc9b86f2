using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Hub.Benchmarks.Scenarios.Postgres;

/// <summary>
/// A PostgreSQL server of the machine's installed binaries, in a temp folder, for the issue 8 scenarios: initialised and
/// started with the server's default settings (durability included: fsync, synchronous_commit and full_page_writes on),
/// told where to listen and given the settings it is started with, if any. Stopped and deleted on dispose.
/// </summary>
internal sealed class BenchPostgres : IAsyncDisposable
{
    private const string SuperUser = "postgres";
    private readonly string _bin;
    private readonly string _folder;
    private readonly string? _runAs;
    private readonly int _port;

    private BenchPostgres(string bin, string folder, string? runAs, int port, string version)
    {
        _bin = bin;
        _folder = folder;
        _runAs = runAs;
        _port = port;
        Version = version;
    }

    /// <summary>The server's version, as <c>SHOW server_version</c> gives it.</summary>
    public string Version { get; }

    /// <summary>Settings the scenarios rely on, as the server reports them (the durability ones above all).</summary>
    public IReadOnlyList<(string Name, string Value)> Settings { get; private set; } = [];

    /// <summary>Starts a server; <paramref name="settings"/> (<c>name=value</c>) are passed to it as <c>-c</c> options.</summary>
    public static async Task<BenchPostgres> StartAsync(IReadOnlyList<string> settings)
    {
        var bin = FindBinaries()
            ?? throw new InvalidOperationException("PostgreSQL binaries not found ($HUB_PG_BIN, /usr/lib/postgresql/*/bin); install the postgresql package");
        var folder = Path.Combine("/tmp", $"hub-bench-pg-{Guid.NewGuid().ToString("N")[..8]}");
        Directory.CreateDirectory(folder);
        // PostgreSQL refuses to run as root: as root, the server runs as the postgres user, which must own the folder.
        var runAs = Environment.IsPrivilegedProcess ? SuperUser : null;
        if (runAs is not null) await RunAsync("chown", null, [runAs, folder]);
        var data = Path.Combine(folder, "data");
        await RunAsync(Path.Combine(bin, "initdb"), runAs, ["-D", data, "-U", SuperUser, "--auth=trust", "-E", "UTF8", "--locale=C"]);
        var port = FreePort();
        await RunAsync(Path.Combine(bin, "pg_ctl"), runAs,
            ["-D", data, "-o", $"-p {port} -k {folder} -c listen_addresses=127.0.0.1" + string.Concat(settings.Select(s => " -c " + s)), "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60", "start"]);
        var server = new BenchPostgres(bin, folder, runAs, port, "");
        var version = await server.ScalarAsync("postgres", "SHOW server_version;");
        server = new BenchPostgres(bin, folder, runAs, port, version);
        var reported = new List<(string, string)>();
        foreach (var name in new[] { "fsync", "synchronous_commit", "full_page_writes", "wal_level", "shared_buffers", "max_wal_size", "checkpoint_timeout" })
            reported.Add((name, await server.ScalarAsync("postgres", $"SHOW {name};")));
        server.Settings = reported;
        return server;
    }

    /// <summary>A connection string for <paramref name="database"/>.</summary>
    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={_port.ToString(CultureInfo.InvariantCulture)};Username={SuperUser};Database={database}";

    /// <summary>Creates a database, empty or as a copy of <paramref name="template"/> (nobody may be connected to it); returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string name, string? template = null)
    {
        await ScalarAsync("postgres", $"DROP DATABASE IF EXISTS {name} WITH (FORCE);");
        await ScalarAsync("postgres", template is null ? $"CREATE DATABASE {name};" : $"CREATE DATABASE {name} TEMPLATE {template};");
        return ConnectionString(name);
    }

    public Task DropDatabaseAsync(string name) => ScalarAsync("postgres", $"DROP DATABASE IF EXISTS {name} WITH (FORCE);");

    /// <summary>The size of a database on disk, in bytes.</summary>
    public async Task<long> SizeOfAsync(string name) =>
        long.Parse(await ScalarAsync("postgres", $"SELECT pg_database_size('{name}')::text;"), CultureInfo.InvariantCulture);

    private async Task<string> ScalarAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString(database) + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (await command.ExecuteScalarAsync())?.ToString() ?? "";
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await RunAsync(Path.Combine(_bin, "pg_ctl"), _runAs, ["-D", Path.Combine(_folder, "data"), "-m", "fast", "-w", "stop"]);
        }
        finally
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static string? FindBinaries()
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable("HUB_PG_BIN") is { Length: > 0 } configured) candidates.Add(configured);
        if (Directory.Exists("/usr/lib/postgresql"))
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql").OrderDescending(StringComparer.Ordinal).Select(dir => Path.Combine(dir, "bin")));
        return candidates.FirstOrDefault(dir => File.Exists(Path.Combine(dir, "pg_ctl")) && File.Exists(Path.Combine(dir, "initdb")));
    }

    private static async Task RunAsync(string program, string? runAs, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(runAs is null ? program : "runuser") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (runAs is not null)
        {
            foreach (var part in new[] { "-u", runAs, "--", program }) start.ArgumentList.Add(part);
        }

        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(program)} exited with {process.ExitCode}: {await errors}{await output}");
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
