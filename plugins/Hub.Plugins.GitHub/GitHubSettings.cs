using System.Globalization;
using Hub.Contracts;

namespace Hub.Plugins.GitHub;

/// <summary>The settings of one instance, read and checked once per check or sync.</summary>
internal sealed record GitHubSettings(
    IReadOnlyList<RepositoryName> Repositories,
    string? Token,
    Uri ApiAddress,
    int BatchSize,
    TimeSpan MaxWait)
{
    public const string ReposName = "repos";
    public const string TokenName = "token";
    public const string BaseUrlName = "baseUrl";
    public const string BatchSizeName = "batchSize";
    public const string MaxWaitName = "maxWaitSeconds";

    /// <summary>GitHub serves at most this many items per page.</summary>
    public const int MaxBatchSize = 100;
    public const int DefaultMaxWaitSeconds = 15 * 60;

    public static readonly Uri GitHubApi = new("https://api.github.com/");

    public static IReadOnlyList<SettingDefinition> Definitions { get; } =
    [
        new(ReposName, "The repositories to read, as owner/name,owner/name", Required: true, Type: SettingType.List),
        new(TokenName, "A GitHub token (classic or fine-grained, read access); required for private repositories and for the higher rate limit",
            Secret: true),
        new(BaseUrlName, "The GitHub Enterprise Server address, e.g. https://github.example.com; empty for github.com", Type: SettingType.Url),
        new(BatchSizeName, $"Items per page and per stored batch, 1 to {MaxBatchSize}", Type: SettingType.Integer,
            Default: MaxBatchSize.ToString(CultureInfo.InvariantCulture)),
        new(MaxWaitName, "The longest wait for a rate limit to reset, in seconds; a longer one fails the sync instead", Type: SettingType.Integer,
            Default: DefaultMaxWaitSeconds.ToString(CultureInfo.InvariantCulture)),
    ];

    /// <exception cref="InvalidSettingException">naming the setting and what it accepts.</exception>
    public static GitHubSettings Read(ISettings settings)
    {
        settings.GetRequired(ReposName);
        var repositories = new List<RepositoryName>();
        foreach (var entry in settings.GetList(ReposName))
        {
            if (!RepositoryName.TryParse(entry, out var repository))
            {
                throw new InvalidSettingException(ReposName, $"setting '{ReposName}' must list repositories as owner/name, not '{entry}'");
            }

            if (!repositories.Any(r => r.Key == repository.Key)) repositories.Add(repository);
        }

        if (repositories.Count == 0)
        {
            throw new InvalidSettingException(ReposName, $"setting '{ReposName}' must name at least one repository as owner/name");
        }

        var batchSize = settings.GetInt(BatchSizeName, MaxBatchSize);
        if (batchSize is < 1 or > MaxBatchSize)
        {
            throw new InvalidSettingException(BatchSizeName, $"setting '{BatchSizeName}' must be between 1 and {MaxBatchSize}, not {batchSize}");
        }

        var maxWait = settings.GetInt(MaxWaitName, DefaultMaxWaitSeconds);
        if (maxWait < 0)
        {
            throw new InvalidSettingException(MaxWaitName, $"setting '{MaxWaitName}' must be 0 or more, not {maxWait}");
        }

        var token = settings.Get(TokenName);
        return new GitHubSettings(
            repositories,
            string.IsNullOrWhiteSpace(token) ? null : token.Trim(),
            ApiAddressOf(settings.Get(BaseUrlName)),
            batchSize,
            TimeSpan.FromSeconds(maxWait));
    }

    /// <summary>
    /// Where the REST API lives: api.github.com for github.com, else <c>/api/v3/</c> on the server's host, which is
    /// the rule Octokit applies to every address but github.com's, so an Enterprise address can be given either way.
    /// </summary>
    private static Uri ApiAddressOf(string? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(baseUrl)) return GitHubApi;
        if (!Uri.TryCreate(baseUrl.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new InvalidSettingException(BaseUrlName, $"setting '{BaseUrlName}' must be an absolute http(s) URL, not '{baseUrl}'");
        }

        return uri.Host.Equals("github.com", StringComparison.OrdinalIgnoreCase) || uri.Host.Equals("api.github.com", StringComparison.OrdinalIgnoreCase)
            ? GitHubApi
            : new Uri(uri, "/api/v3/");
    }
}
