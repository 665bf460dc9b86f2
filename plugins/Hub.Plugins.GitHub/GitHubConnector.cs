using System.Globalization;
using System.Runtime.CompilerServices;
using Hub.Contracts;
using Microsoft.Extensions.Logging;
using Octokit;

namespace Hub.Plugins.GitHub;

/// <summary>
/// Reads the people around a company's GitHub repositories (who opens issues and pull requests, comments, stars) as
/// customers, and what they did as interactions. Incremental per repository and stream; waits out rate limits.
/// </summary>
public sealed class GitHubConnector : IConnector
{
    /// <summary>A check should answer in moments, so it waits for a rate limit no longer than this.</summary>
    private static readonly TimeSpan CheckMaxWait = TimeSpan.FromSeconds(30);

    /// <inheritdoc />
    public IReadOnlyList<SettingDefinition> Settings => GitHubSettings.Definitions;

    /// <inheritdoc />
    public async Task<CheckResult> CheckAsync(ConnectorContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            var settings = GitHubSettings.Read(context.Settings);
            var maxWait = settings.MaxWait < CheckMaxWait ? settings.MaxWait : CheckMaxWait;
            var caller = new RateLimitedCaller(GitHubConnections.Create(settings, context.HttpClient), maxWait, context.Logger);
            var found = new List<string>();
            foreach (var repository in settings.Repositories)
            {
                var details = await GitHubErrors.GetRepositoryAsync(caller, repository, cancellationToken).ConfigureAwait(false);
                found.Add($"{repository} ({(details.Private ? "private" : "public")}, {Count(details.StargazersCount, "star")}, " +
                    $"{Count(details.OpenIssuesCount, "open issue")})");
            }

            return CheckResult.Success($"{Count(found.Count, "repository", "repositories")} readable: {string.Join(", ", found)}{Quota(caller)}");
        }
        catch (InvalidSettingException e)
        {
            return CheckResult.Failure(e.Message);
        }
        catch (InvalidOperationException e)
        {
            return CheckResult.Failure(e.Message);
        }
        catch (ApiException e)
        {
            return CheckResult.Failure($"GitHub answered {(int)e.StatusCode}: {e.Message}");
        }
        catch (HttpRequestException e)
        {
            return CheckResult.Failure($"cannot reach GitHub: {e.Message}; check setting '{GitHubSettings.BaseUrlName}' and the network");
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<RecordBatch> ReadAsync(
        ConnectorContext context,
        Hub.Contracts.Checkpoint checkpoint,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(checkpoint);
        var settings = GitHubSettings.Read(context.Settings);
        var state = GitHubCheckpoint.Parse(checkpoint);
        var caller = new RateLimitedCaller(GitHubConnections.Create(settings, context.HttpClient), settings.MaxWait, context.Logger);
        var reader = new RepositoryReader(caller, new UserDirectory(caller), settings.BatchSize);

        foreach (var repository in settings.Repositories)
        {
            context.Logger.LogInformation("Reading {Repository}", repository.FullName);
            await foreach (var (records, progress) in reader.ReadAsync(repository, state.For(repository), cancellationToken).ConfigureAwait(false))
            {
                state = state.With(repository, progress);
                yield return new RecordBatch(records, state.ToCheckpoint());
            }
        }
    }

    private static string Count(int count, string one, string? many = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:N0} {(count == 1 ? one : many ?? one + "s")}");

    private static string Quota(RateLimitedCaller caller) => caller.LastRateLimit is { Limit: > 0 } limit
        ? string.Create(CultureInfo.InvariantCulture, $"; {limit.Remaining:N0} of {limit.Limit:N0} requests left this hour{(caller.HasToken ? "" : " (no token)")}")
        : "";
}
