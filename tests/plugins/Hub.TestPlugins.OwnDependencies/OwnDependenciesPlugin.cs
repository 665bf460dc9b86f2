using System.Runtime.CompilerServices;
using Hub.Contracts;
using Polly;

namespace Hub.TestPlugins.OwnDependencies;

/// <summary>Registers a connector that works only on the major versions of Polly and Quartz it was built with.</summary>
public sealed class OwnDependenciesPlugin : IHubPlugin
{
    public void Register(IPluginRegistry registry) => registry.AddConnector(new OwnDependenciesConnector());
}

/// <summary>
/// Yields one customer, read through a Polly 7 retry policy (whose API Polly 8 no longer has) after a first attempt that
/// fails, and says which Quartz it sees; it fails if it is given the hub's versions instead of its own.
/// </summary>
public sealed class OwnDependenciesConnector : IConnector
{
    public IReadOnlyList<SettingDefinition> Settings => [];

    public Task<CheckResult> CheckAsync(ConnectorContext context, CancellationToken cancellationToken) =>
        Task.FromResult(Versions() is { } problem ? CheckResult.Failure(problem) : CheckResult.Success($"Polly {Major(typeof(Policy))}, Quartz {Major(typeof(Quartz.JobKey))}"));

    public async IAsyncEnumerable<RecordBatch> ReadAsync(ConnectorContext context, Checkpoint checkpoint, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (Versions() is { } problem) throw new InvalidOperationException(problem);
        var attempts = 0;
        var name = await Policy.Handle<TimeoutException>().RetryAsync(2).ExecuteAsync(() =>
            ++attempts == 1 ? throw new TimeoutException("the first attempt fails") : Task.FromResult("Retried Customer"));
        var job = new Quartz.JobKey("sync", "own");
        yield return new RecordBatch(
            [new CustomerRecord { SourceId = "own-1", FullName = name, Attributes = new Dictionary<string, string> { ["attempts"] = attempts.ToString(System.Globalization.CultureInfo.InvariantCulture), ["job"] = job.ToString() } }],
            new Checkpoint("done"));
    }

    private static string? Versions() =>
        Major(typeof(Policy)) != 7 || Major(typeof(Quartz.JobKey)) != 3
            ? $"expected its own Polly 7 and Quartz 3, was given Polly {Major(typeof(Policy))} and Quartz {Major(typeof(Quartz.JobKey))}"
            : null;

    private static int Major(Type type) => type.Assembly.GetName().Version?.Major ?? 0;
}
