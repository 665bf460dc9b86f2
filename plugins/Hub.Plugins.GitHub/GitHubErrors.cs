using Octokit;

namespace Hub.Plugins.GitHub;

/// <summary>Says what GitHub's refusals mean for the operator, and what to do about them.</summary>
internal static class GitHubErrors
{
    /// <summary>Reads a repository, turning a refusal into a message that names the repository and the fix.</summary>
    /// <exception cref="InvalidOperationException">when the repository cannot be read with the instance's token.</exception>
    public static async Task<Repository> GetRepositoryAsync(RateLimitedCaller caller, RepositoryName repository, CancellationToken cancellationToken)
    {
        try
        {
            var response = await caller.GetAsync<Repository>(ApiUrls.Repository(repository.Owner, repository.Name), null, null, cancellationToken)
                .ConfigureAwait(false);
            return response.Body ?? throw new InvalidOperationException($"GitHub answered repos/{repository} without a repository");
        }
        catch (ApiException error) when (Describe(error, repository, caller.HasToken) is { } message)
        {
            throw new InvalidOperationException(message, error);
        }
    }

    /// <summary>The operator's message for a refused request, or null for errors that speak for themselves.</summary>
    public static string? Describe(ApiException error, RepositoryName repository, bool hasToken) => error switch
    {
        AuthorizationException =>
            $"the token was refused by GitHub ({(int)error.StatusCode} {error.Message}); create a new token and set it with --set token=...",
        NotFoundException => hasToken
            ? $"repository {repository} not found or not visible to this token; check the name in setting 'repos' and the token's repository access"
            : $"repository {repository} not found or not visible to this token; private repositories need a token (--set token=...)",
        ForbiddenException =>
            $"GitHub refused access to {repository} ({error.Message}); check the token's permissions and organization SSO authorization",
        _ => null,
    };
}
