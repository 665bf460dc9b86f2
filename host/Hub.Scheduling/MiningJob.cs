using Hub.Core.Mining;
using Hub.Core.Model;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Hub.Scheduling;

/// <summary>
/// Runs every miner on the mining schedule (<c>Hub:Mining:Schedule</c>). Quartz never starts it while a firing is still
/// running: a late firing waits instead of mining the same customers twice at once.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class MiningJob(IMiningRunner runner, ILogger<MiningJob> logger) : IJob
{
    /// <summary>The trigger name scheduled mining runs are recorded with.</summary>
    public const string ScheduleTrigger = "schedule";

    /// <summary>The job's key: one mining job per hub, in a group of its own beside the connectors'.</summary>
    public static readonly JobKey Key = new("mining", "mining");

    /// <inheritdoc />
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            foreach (var run in await runner.RunAllAsync(ScheduleTrigger, cancellationToken))
            {
                if (run.Outcome == RunOutcome.Succeeded) LogSucceeded(run.Miner, run.Id, run.Scores);
                else LogFailed(run.Miner, run.Id, run.Error ?? run.Outcome.ToString());
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            LogCancelled();
        }
        catch (Exception ex)
        {
            // Each miner's failure is already on its run; this is a failure to mine at all (the database, say). The next
            // firing retries, so Quartz need not log it again as a job fault.
            LogError(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled mining: {Miner} run {RunId} succeeded, {Scores} customers scored")]
    private partial void LogSucceeded(string miner, long runId, long scores);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scheduled mining: {Miner} run {RunId} did not succeed: {Error}")]
    private partial void LogFailed(string miner, long runId, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled mining was cancelled by shutdown")]
    private partial void LogCancelled();

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled mining failed")]
    private partial void LogError(Exception exception);
}
