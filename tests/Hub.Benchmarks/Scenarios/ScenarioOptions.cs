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
/// For profiling: run this one scenario (or, for <see cref="Resolve"/>, the identity-resolution scenarios), print it and
/// leave the document alone.
/// </param>
/// <param name="ResolveRecords">
/// Customer records the identity-resolution scenarios resolve, approximately: the sample is generated for the number of
/// customers that gives about this many rows, and the exact count is reported.
/// </param>
internal sealed record ScenarioOptions(int Customers, int Rounds, string? Output, bool Keep, string? Only = null, int ResolveRecords = ScenarioOptions.DefaultResolveRecords)
{
    /// <summary>The <c>--only</c> value that runs issue 4's identity-resolution scenarios and nothing else.</summary>
    public const string Resolve = "resolve";

    /// <summary>The scenarios <c>--only</c> accepts.</summary>
    public static readonly string[] ScenarioNames = ["import", "reimport", "sync", "floor", "floor-key", "parse", "validate", Resolve];

    /// <summary>Whether <see cref="Only"/> leaves the ingest scenarios to run (all of them when it is null).</summary>
    public bool RunsIngest => Only != Resolve;

    /// <summary>Whether the identity-resolution scenarios run: in a whole run and with <c>--only resolve</c>.</summary>
    public bool RunsResolution => Only is null or Resolve;

    public const string Usage =
        "usage: dotnet run -c Release --project tests/Hub.Benchmarks -- scenarios [--customers N] [--resolve-records N] [--rounds N]\n" +
        "         [--out FILE] [--keep]\n" +
        "         [--only import|reimport|sync|floor|floor-key|parse|validate|resolve]   (one scenario; resolve rewrites its own section of the document, the others leave it alone)\n" +
        "       dotnet run -c Release --project tests/Hub.Benchmarks -- --micro [BenchmarkDotNet options, e.g. --filter *Upsert*]";

    public const int DefaultCustomers = 1_000_000;

    /// <summary>Issue 4's size: its targets are set for a million customer records.</summary>
    public const int DefaultResolveRecords = 1_000_000;

    /// <summary>The command line as the document shows it: the file to rewrite is left out, since it names a local path.</summary>
    public string CommandLine =>
        "dotnet run -c Release --project tests/Hub.Benchmarks -- scenarios" +
        string.Create(CultureInfo.InvariantCulture, $" --customers {Customers} --resolve-records {ResolveRecords}") +
        (Rounds != 2 ? string.Create(CultureInfo.InvariantCulture, $" --rounds {Rounds}") : "");

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
