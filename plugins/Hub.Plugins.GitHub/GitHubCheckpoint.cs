using System.Text.Json;
using Hub.Contracts;

namespace Hub.Plugins.GitHub;

/// <summary>
/// The progress of every repository of an instance, keyed by lower-case <c>owner/name</c>: for each of its streams, the
/// newest time stored and the items stored at that second, issues and comments with a fingerprint of their content so
/// that one changed again within that second is read again (<see cref="StreamCursor"/>). Checkpoints of the earlier
/// formats (times alone; times and ids) still parse.
/// </summary>
internal sealed record GitHubCheckpoint(IReadOnlyDictionary<string, RepositoryProgress> Repos)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static GitHubCheckpoint Start { get; } = new(new Dictionary<string, RepositoryProgress>());

    /// <exception cref="InvalidOperationException">when the value was not written by this connector.</exception>
    public static GitHubCheckpoint Parse(Checkpoint checkpoint)
    {
        if (checkpoint.Value is not { } value) return Start;
        try
        {
            return JsonSerializer.Deserialize<GitHubCheckpoint>(value, Json) is { Repos: not null } parsed ? parsed : throw new JsonException();
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException(
                $"the checkpoint '{value}' was not written by the github connector; run a full sync (hub sync ID --full) to read every repository again", e);
        }
    }

    public RepositoryProgress For(RepositoryName repository) => Repos.GetValueOrDefault(repository.Key) ?? RepositoryProgress.Start;

    public GitHubCheckpoint With(RepositoryName repository, RepositoryProgress progress) =>
        new(new Dictionary<string, RepositoryProgress>(Repos) { [repository.Key] = progress });

    public Checkpoint ToCheckpoint() => new(JsonSerializer.Serialize(this, Json));
}
