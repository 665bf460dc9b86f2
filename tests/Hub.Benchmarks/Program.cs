using System.Globalization;
using BenchmarkDotNet.Running;
using Hub.Benchmarks.Micro;
using Hub.Benchmarks.Scenarios;

// One number format in the console and in docs/benchmarks.md, whatever the machine's locale.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

switch (args.FirstOrDefault())
{
    case "scenarios":
        return await ScenarioCommand.RunAsync(args[1..], cancel.Token);
    case "--micro":
        // Without a filter BenchmarkDotNet asks on the console which benchmarks to run; the default here is all of them.
        var micro = args.Skip(1).Contains("--filter") ? args[1..] : [.. args[1..], "--filter", "*"];
        BenchmarkSwitcher.FromAssembly(typeof(MicroConfig).Assembly).Run(micro, new MicroConfig());
        return 0;
    default:
        await Console.Error.WriteLineAsync(ScenarioOptions.Usage);
        return 2;
}
