using System.Globalization;

namespace Hub.Benchmarks.Scenarios;

/// <summary>The options of <c>scenarios</c>.</summary>
/// <param name="Customers">Real customers to generate; the files hold about 1.6 customer rows per customer.</param>
/// <param name="Rounds">
/// Times every scenario is measured; only the last round's figures go into the tables, since the first one runs on a cold
/// page cache and a cold JIT on a machine other jobs share.
/// </param>
/// <param name="Output">The Markdown file to rewrite, or null for docs/benchmarks.md in the repository.</param>
/// <param name="Keep">Keep the generated files and databases instead of deleting them.</param>
/// <param name="Only">
/// For profiling: run this one scenario, print it and leave the document alone; or, for <see cref="Resolve"/>,
/// <see cref="Api"/>, <see cref="Mining"/> and <see cref="Postgres"/>, run issue 4's, 5's, 7's or 8's scenarios and rewrite that issue's section of the document.
/// </param>
/// <param name="ResolveRecords">
/// Customer records the identity-resolution scenarios resolve, approximately: the sample is generated for the number of
/// customers that gives about this many rows, and the exact count is reported.
/// </param>
/// <param name="ApiRequests">Requests timed one by one for issue 5's latency figures, per endpoint and round.</param>
/// <param name="ApiClients">Concurrent clients for issue 5's throughput figures.</param>
/// <param name="ApiSeconds">Seconds each endpoint's throughput is measured, per round.</param>
internal sealed record ScenarioOptions(int Customers, int Rounds, string? Output, bool Keep, string? Only = null, int ResolveRecords = ScenarioOptions.DefaultResolveRecords,
    int ApiRequests = ScenarioOptions.DefaultApiRequests, int ApiClients = ScenarioOptions.DefaultApiClients, int ApiSeconds = ScenarioOptions.DefaultApiSeconds)
{
    /// <summary>The <c>--only</c> value that runs issue 4's identity-resolution scenarios and nothing else.</summary>
    public const string Resolve = "resolve";

    /// <summary>The <c>--only</c> value that runs issue 5's GraphQL API scenarios and nothing else.</summary>
    public const string Api = "api";

    /// <summary>The scenarios <c>--only</c> accepts.</summary>
    public static readonly string[] ScenarioNames = ["import", "reimport", "sync", "floor", "floor-key", "parse", "validate", Resolve, Api, Mining, Postgres, PostgresIngest];

    /// <summary>The <c>--only</c> value that runs issue 8's scenarios: ingest, resolution and the API again, on PostgreSQL.</summary>
    public const string Postgres = "postgres";

    /// <summary>The <c>--only</c> value that runs issue 8's ingest scenarios on PostgreSQL and prints them (the document is left alone).</summary>
    public const string PostgresIngest = "postgres-ingest";

    /// <summary>The <c>--only</c> value that runs issue 7's mining scenario and prints it (the document is left alone).</summary>
    public const string Mining = "mining";

    /// <summary>Whether <see cref="Only"/> leaves the ingest scenarios to run (all of them when it is null).</summary>
    public bool RunsIngest => Only is not (Resolve or Api or Mining or Postgres or PostgresIngest);

    /// <summary>Whether the identity-resolution scenarios run: in a whole run and with <c>--only resolve</c>.</summary>
    public bool RunsResolution => Only is null or Resolve;

    /// <summary>Whether the API scenarios run: in a whole run and with <c>--only api</c>.</summary>
    public bool RunsApi => Only is null or Api;

    /// <summary>Whether the run rewrites (part of) the document: a whole run, or one that has a section of its own.</summary>
    public bool WritesDocument => Only is null or Resolve or Api or Mining or Postgres;

    /// <summary>Whether issue 8's scenarios on PostgreSQL run: in a whole run and with <c>--only postgres</c>.</summary>
    public bool RunsPostgres => Only is null or Postgres;

    /// <summary>Whether the mining scenario runs: in a whole run and with <c>--only mining</c>.</summary>
    public bool RunsMining => Only is null or Mining;

    public const string Usage =
        "usage: dotnet run -c Release --project tests/Hub.Benchmarks -- scenarios [--customers N] [--resolve-records N] [--rounds N]\n" +
        "         [--api-requests N] [--api-clients N] [--api-seconds N] [--out FILE] [--keep]\n" +
        "         [--only import|reimport|sync|floor|floor-key|parse|validate|resolve|api|mining|postgres|postgres-ingest]   (one scenario; resolve, api, mining and postgres rewrite their own sections of the document, the others leave it alone)\n" +
        "       dotnet run -c Release --project tests/Hub.Benchmarks -- --micro [BenchmarkDotNet options, e.g. --filter *Upsert*]";

    public const int DefaultCustomers = 1_000_000;

    /// <summary>Issue 4's size: its targets are set for a million customer records.</summary>
    public const int DefaultResolveRecords = 1_000_000;

    public const int DefaultApiRequests = 2_000;

    /// <summary>Two clients on the 2-core machines the figures come from: server and clients share the cores.</summary>
    public const int DefaultApiClients = 2;

    public const int DefaultApiSeconds = 20;

    /// <summary>The command line as the document shows it: the file to rewrite is left out, since it names a local path.</summary>
    public string CommandLine =>
        "dotnet run -c Release --project tests/Hub.Benchmarks -- scenarios" +
        string.Create(CultureInfo.InvariantCulture, $" --customers {Customers} --resolve-records {ResolveRecords}") +
        (Rounds != 2 ? string.Create(CultureInfo.InvariantCulture, $" --rounds {Rounds}") : "") +
        (ApiRequests != DefaultApiRequests ? string.Create(CultureInfo.InvariantCulture, $" --api-requests {ApiRequests}") : "") +
        (ApiClients != DefaultApiClients ? string.Create(CultureInfo.InvariantCulture, $" --api-clients {ApiClients}") : "") +
        (ApiSeconds != DefaultApiSeconds ? string.Create(CultureInfo.InvariantCulture, $" --api-seconds {ApiSeconds}") : "");

    /// <exception cref="ArgumentException">with a message saying which argument is wrong.</exception>
    public static ScenarioOptions Parse(IReadOnlyList<string> args)
    {
        var options = new ScenarioOptions(DefaultCustomers, 2, null, false);
        for (var i = 0; i < args.Count; i++)
        {
            options = args[i] switch
            {
                "--customers" => options with { Customers = Number(args, ++i, "--customers", 1) },
                "--resolve-records" => options with { ResolveRecords = Number(args, ++i, "--resolve-records", 100) },
                "--rounds" => options with { Rounds = Number(args, ++i, "--rounds", 1) },
                "--api-requests" => options with { ApiRequests = Number(args, ++i, "--api-requests", 1) },
                "--api-clients" => options with { ApiClients = Number(args, ++i, "--api-clients", 1) },
                "--api-seconds" => options with { ApiSeconds = Number(args, ++i, "--api-seconds", 1) },
                "--out" => options with { Output = Value(args, ++i, "--out") },
                "--keep" => options with { Keep = true },
                "--only" => options with { Only = OneOf(Value(args, ++i, "--only"), ScenarioNames, "--only") },
                var other => throw new ArgumentException($"unknown argument '{other}'"),
            };
        }

        return options;
    }

    private static string OneOf(string value, string[] allowed, string name) =>
        allowed.Contains(value, StringComparer.Ordinal) ? value : throw new ArgumentException($"{name} must be one of {string.Join(", ", allowed)}, not '{value}'");

    private static string Value(IReadOnlyList<string> args, int index, string name) =>
        index < args.Count ? args[index] : throw new ArgumentException($"{name} needs a value");

    private static int Number(IReadOnlyList<string> args, int index, string name, int minimum) =>
        int.TryParse(Value(args, index, name), NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value) && value >= minimum
            ? value
            : throw new ArgumentException($"{name} must be a whole number of at least {minimum}, not '{args[index]}'");
}
