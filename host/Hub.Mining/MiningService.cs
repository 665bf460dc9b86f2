using System.Diagnostics;
using Hub.Contracts;
using Hub.Core;
using Hub.Core.Mining;
using Hub.Core.Model;
using Hub.Core.Plugins;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Hub.Mining;

/// <summary>
/// Runs the loaded miners, each as one mining run over one shared snapshot of the customers, up to
/// <see cref="MiningOptions.Parallelism"/> at once, and reports them in catalog order. A miner that fails has the error
/// recorded on its run and the others still run; cancellation is recorded on the runs it stopped.
/// </summary>
public sealed class MiningService(
    IPluginCatalog catalog, IMiningStore store, IMiningActivitySource activity, IConfiguration configuration, MiningOptions options,
    ILoggerFactory loggers, TimeProvider clock) : IMiningRunner
{
    private readonly ILogger _logger = loggers.CreateLogger("Hub.Mining");

    /// <summary>The names of the loaded miners, in the order they run.</summary>
    public IReadOnlyList<string> MinerNames => [.. catalog.Miners.Select(m => m.Name).Distinct(StringComparer.Ordinal)];

    /// <summary>What to tell a user who named a miner no loaded plugin has.</summary>
    public string UnknownMiner(string name) => MinerNames.Count == 0
        ? $"there is no miner '{name}': no loaded plugin registers a miner ('hub plugins' shows the plugins and their status)"
        : $"there is no miner '{name}'; the loaded ones are {string.Join(", ", MinerNames)}";

    /// <summary>Runs the miners the request names and returns their finished runs, in order.</summary>
    /// <exception cref="UserFacingException">when the request names a miner no loaded plugin has.</exception>
    public async Task<IReadOnlyList<MiningResult>> RunAsync(MiningRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var miners = catalog.Miners.Where(m => request.Miner is null || m.Name == request.Miner).ToList();
        if (request.Miner is not null && miners.Count == 0) throw new UserFacingException(UnknownMiner(request.Miner));

        var results = new List<MiningResult>();
        if (miners.Count == 0) return results;
        var asOf = request.AsOf ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        // The miners start while the snapshot is still being read; each waits for customers not read yet.
        var snapshot = MiningSnapshot.Start(activity, asOf, cancellationToken);

        // Which miners may run is settled first, in catalog order; then they run side by side, each its own run.
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var plan = new List<(IMiner Miner, string PluginId, string? Refusal)>();
        foreach (var miner in miners)
        {
            var pluginId = catalog.PluginOf(miner) ?? "unknown";
            var clash = seen.TryGetValue(miner.Name, out var first)
                ? $"plugin '{pluginId}' registers a miner named '{miner.Name}', which plugin '{first}' registered first; results would mix, so it did not run (rename one)"
                : null;
            seen.TryAdd(miner.Name, pluginId);
            plan.Add((miner, pluginId, clash));
        }

        var finished = new MiningResult[plan.Count];
        using var writer = new OneWriterAtATime(store);
        // Each miner's plugin stays loaded until its run ends, even if a new version replaces it meanwhile.
        var holds = plan.Select(p => catalog.HoldMiner(p.Miner)).ToList();
        try
        {
            await Parallel.ForEachAsync(
                Enumerable.Range(0, plan.Count),
                new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism, CancellationToken = cancellationToken },
                async (i, token) => finished[i] = await RunOneAsync(writer, plan[i].Miner, plan[i].PluginId, snapshot, request.Trigger, plan[i].Refusal, token).ConfigureAwait(false))
                .ConfigureAwait(false);
        }
        finally
        {
            foreach (var hold in holds) hold.Dispose();
        }
        // A read that failed has failed the runs that read it; it is the caller's error too.
        var (customers, readTime) = await snapshot.Loaded.ConfigureAwait(false);
        _logger.LogInformation("Read {Customers} customers as of {AsOf} for mining in {Seconds:0.0} s", customers, asOf, readTime.TotalSeconds);
        results.AddRange(finished);
        return results;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<MiningRun>> RunAllAsync(string trigger, CancellationToken cancellationToken) =>
        [.. (await RunAsync(new MiningRequest(null, null, trigger), cancellationToken).ConfigureAwait(false)).Select(r => r.Run)];

    private async Task<MiningResult> RunOneAsync(
        IMiningStore writer, IMiner miner, string pluginId, MiningSnapshot snapshot, string trigger, string? refusal, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        // One run of the kept ones goes now rather than when this run succeeds (KeepRuns of 1 keeps the current run's rows
        // until then): deleting a million rows while the customers are read keeps it off the end of the run.
        if (refusal is null) await writer.MakeRoomAsync(miner.Name, Math.Max(options.KeepRuns - 1, 1), cancellationToken).ConfigureAwait(false);
        var runId = await writer.StartRunAsync(miner.Name, pluginId, snapshot.AsOf, trigger, cancellationToken).ConfigureAwait(false);
        var logger = loggers.CreateLogger("Hub.Mining." + miner.Name);
        using var scope = logger.BeginScope("mining run {MiningRunId} ({Miner}, as of {AsOf})", runId, miner.Name, snapshot.AsOf);
        var (outcome, error) = (RunOutcome.Succeeded, refusal);
        if (refusal is not null) outcome = RunOutcome.Failed;
        else
        {
            try
            {
                var settings = new ConfigurationSettings(configuration.GetSection($"{MiningOptions.MinersSection}:{miner.Name}"));
                var context = new MiningContext(runId, miner.Name, snapshot, settings, logger, writer);
                await miner.MineAsync(context, cancellationToken).ConfigureAwait(false);
                await context.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                await writer.FinishRunAsync(runId, RunOutcome.Cancelled, "cancelled before it finished", options.KeepRuns, CancellationToken.None).ConfigureAwait(false);
                throw;
            }
            catch (Exception ex)
            {
                (outcome, error) = (RunOutcome.Failed, Describe(ex));
                logger.LogError(ex, "Miner {Miner} failed: {Error}", miner.Name, error);
            }
        }

        // Recording the end must not be skipped by a cancellation arriving just now: the run would stay "running" forever.
        var run = await writer.FinishRunAsync(runId, outcome, error, options.KeepRuns, CancellationToken.None).ConfigureAwait(false);
        return new MiningResult(run, watch.Elapsed);
    }

    // The message is what an operator reads in 'hub mine runs': a rule the miner broke says all; anything else names its type.
    private static string Describe(Exception ex) => ex switch
    {
        MiningException or InvalidSettingException or ArgumentException => ex.Message,
        _ => $"{ex.GetType().Name}: {ex.Message}",
    };
}
