using System.Globalization;
using Microsoft.Extensions.Logging;
using Octokit;

namespace Hub.Plugins.GitHub;

/// <summary>
/// Sends GETs through Octokit and waits out GitHub's rate limits: the hourly quota until its reset, secondary limits
/// for as long as Retry-After says. A wait longer than the instance allows fails the sync with a message saying so,
/// rather than hanging a scheduled job for an hour.
/// </summary>
internal sealed class RateLimitedCaller(IConnection connection, TimeSpan maxWait, ILogger logger)
{
    /// <summary>Refusals in a row for one request before giving up; GitHub lifts a limit after one proper wait.</summary>
    private const int MaxWaits = 5;

    /// <summary>Whether requests carry a token; without one GitHub shows only public data.</summary>
    public bool HasToken => connection.Credentials.AuthenticationType != AuthenticationType.Anonymous;

    /// <summary>The rate limit as of the last answer, if GitHub sent one.</summary>
    public RateLimit? LastRateLimit => connection.GetLastApiInfo()?.RateLimit;

    public async Task<IApiResponse<T>> GetAsync<T>(Uri uri, IDictionary<string, string>? parameters, string? accepts, CancellationToken cancellationToken)
    {
        for (var waits = 0; ; waits++)
        {
            await WaitForExhaustedQuotaAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return await connection.Get<T>(uri, parameters, accepts, cancellationToken).ConfigureAwait(false);
            }
            catch (ApiException error) when (RateLimitPause.Of(error, DateTimeOffset.UtcNow) is { } pause)
            {
                if (pause.Wait > maxWait) throw TooLong(pause, error);
                if (waits == MaxWaits)
                {
                    throw new InvalidOperationException(
                        $"GitHub still refused {uri} after {MaxWaits} waits for its rate limits; run the sync again later", error);
                }

                logger.LogWarning("GitHub {Limit} rate limit reached; waiting {Seconds:N1} s before asking again",
                    pause.Primary ? "primary" : "secondary", pause.Wait.TotalSeconds);
                await Task.Delay(pause.Wait, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The last answer said no requests are left: asking before the reset would only be refused.</summary>
    private async Task WaitForExhaustedQuotaAsync(CancellationToken cancellationToken)
    {
        if (connection.GetLastApiInfo()?.RateLimit is not { Remaining: 0 } limit) return;
        var wait = limit.Reset - DateTimeOffset.UtcNow;
        if (wait <= TimeSpan.Zero) return;
        var pause = new RateLimitPause(wait + TimeSpan.FromSeconds(1), Primary: true);
        if (pause.Wait > maxWait) throw TooLong(pause, null);
        logger.LogWarning("GitHub rate limit used up; waiting {Seconds:N1} s for it to reset", pause.Wait.TotalSeconds);
        await Task.Delay(pause.Wait, cancellationToken).ConfigureAwait(false);
    }

    private InvalidOperationException TooLong(RateLimitPause pause, Exception? inner)
    {
        var minutes = Math.Max(Math.Round(pause.Wait.TotalMinutes), 1).ToString(CultureInfo.InvariantCulture);
        var until = (DateTimeOffset.UtcNow + pause.Wait).ToString("HH:mm", CultureInfo.InvariantCulture);
        var limit = maxWait.TotalSeconds.ToString(CultureInfo.InvariantCulture);
        var what = pause.Primary
            ? $"GitHub's rate limit for this token is used up until {until} UTC (about {minutes} min)"
            : $"GitHub's secondary rate limit asks to wait until {until} UTC (about {minutes} min)";
        return new InvalidOperationException(
            $"{what}, longer than the {limit} s this instance may wait (setting '{GitHubSettings.MaxWaitName}'); " +
            "run the sync again later, raise the setting, or use a token (tokens get 5,000 requests an hour, anonymous calls 60)", inner);
    }
}
