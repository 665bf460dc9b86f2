using System.Globalization;
using Hub.Core.Model;
using Hub.Core.Storage;
using Hub.Pipeline.Ingest;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace Hub.Pipeline.Runs;

/// <summary>
/// Reads a connector into one run until it succeeds, fails for good, is cancelled or runs out of time. A transient
/// failure is retried within the same run, each attempt resuming from the last committed checkpoint, with exponential
/// backoff and jitter; a permanent one ends the run at once with a message saying what to fix. The run timeout covers
/// every attempt and wait, and is separate from the caller's cancellation (shutdown, an operator), so the two are
/// recorded apart.
/// </summary>
public sealed class SyncAttempts(
    IngestPipeline pipeline,
    IIngestStore store,
    IHubDatabase database,
    SyncOptions options,
    SyncMetrics metrics,
    TimeProvider clock,
    ILogger<SyncAttempts> logger)
{
    /// <summary>Runs the attempts of run <paramref name="runId"/> for <paramref name="request"/>, which must name a connector instance.</summary>
    public async Task<RunEnd> RunAsync(IngestRequest request, long runId, IProgress<RunCounts>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var connectorId = request.ConnectorId ?? throw new ArgumentException("a sync needs a connector instance", nameof(request));
        var timeout = options.RunTimeoutFor(connectorId);
        using var deadline = new CancellationTokenSource(timeout, clock);
        using var run = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        var tally = new RunTally();
        var retry = Retry(request, runId, run.Token);
        try
        {
            await retry.ExecuteAsync(
                async token => await pipeline.ReadAsync(request, runId, tally, progress, token).ConfigureAwait(false),
                run.Token).ConfigureAwait(false);
            return tally.StoppedEarly ?? new RunEnd(RunOutcome.Succeeded, null);
        }
        // Cancellation may surface wrapped in a plugin's own exception, so the tokens decide, not the exception's type.
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            return new RunEnd(RunOutcome.Cancelled, "cancelled before the end; the next sync resumes from the last checkpoint");
        }
        catch (Exception) when (deadline.IsCancellationRequested)
        {
            var error = string.Create(CultureInfo.InvariantCulture,
                $"stopped after {timeout:c}, the run timeout; what it committed is kept and the next sync resumes from there. " +
                $"If the source is only slow or large, raise {SyncOptions.Section}:RunTimeout (or {SyncOptions.Section}:Connectors:{connectorId}:RunTimeout for this connector)");
            logger.LogWarning("Run {RunId} {Error}", runId, error);
            return new RunEnd(RunOutcome.TimedOut, error);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var failure = FailureClassifier.Classify(ex, connectorId, request.Connector.Settings, database.IsTransient);
            if (failure.Unrecognised)
            {
                logger.LogError(ex, "Run {RunId} failed and is not retried: {Error}", runId, failure.Message);
                return new RunEnd(RunOutcome.Failed, failure.Message);
            }

            // The message says it all; a stack trace would only bury it on an operator's console.
            if (failure.Kind == FailureKind.Permanent)
            {
                logger.LogWarning("Run {RunId} failed and is not retried: {Error}", runId, failure.Message);
                return new RunEnd(RunOutcome.Failed, failure.Message);
            }

            var retries = options.Retry.MaxRetries;
            var message = $"{failure.Message} (a transient failure, still there after {retries} {(retries == 1 ? "retry" : "retries")}; " +
                $"the next sync tries again, or 'hub sync {connectorId}' now)";
            logger.LogError("Run {RunId} failed: {Error}", runId, message);
            return new RunEnd(RunOutcome.Failed, message);
        }
    }

    private ResiliencePipeline Retry(IngestRequest request, long runId, CancellationToken runToken)
    {
        var retry = options.Retry;
        if (retry.MaxRetries == 0) return ResiliencePipeline.Empty;
        var connectorId = request.ConnectorId!;
        return new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = retry.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = retry.BaseDelay,
                MaxDelay = retry.MaxDelay,
                ShouldHandle = args => ValueTask.FromResult(
                    args.Outcome.Exception is { } ex && !runToken.IsCancellationRequested
                    && FailureClassifier.Classify(ex, connectorId, request.Connector.Settings, database.IsTransient).Kind == FailureKind.Transient),
                OnRetry = async args =>
                {
                    var retries = args.AttemptNumber + 1;
                    var error = args.Outcome.Exception!.Message;
                    logger.LogWarning("Run {RunId} attempt {Attempt} failed transiently ({Error}); retry {Retry} of {MaxRetries} in {Delay}",
                        runId, retries, error, retries, retry.MaxRetries, args.RetryDelay);
                    metrics.RecordRetry(connectorId);
                    try
                    {
                        // Recorded as it happens, so 'hub runs' shows a run that is waiting to retry, and why.
                        await store.RecordRetryAsync(runId, retries, error, CancellationToken.None).ConfigureAwait(false);
                    }
                    catch (Exception ex) when (database.IsTransient(ex))
                    {
                        // The retry matters more than its record: a busy database must not turn it into a failure.
                        logger.LogWarning("Run {RunId}: could not record retry {Retry} ({Error})", runId, retries, ex.Message);
                    }
                },
            })
            .Build();
    }
}
