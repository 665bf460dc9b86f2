using System.Text.Json.Serialization;

namespace Hub.Plugins.GitHub;

/// <summary>Where one stream of one repository resumes.</summary>
/// <param name="Since">
/// Issues and comments: the newest <c>updated_at</c> stored, asked for again (inclusively) so that items sharing that
/// second are not lost. Stars: the newest <c>starred_at</c> stored.
/// </param>
/// <param name="Page">The page to ask for: past 1 only while more than a page of items share <paramref name="Since"/>; for stars, the page that holds it.</param>
internal sealed record StreamCursor(DateTimeOffset? Since, int Page = 1)
{
    /// <summary>
    /// The most ids kept. A bulk edit can give thousands of issues one second; beyond this many the cursor keeps the first
    /// ones only, and the rest of that second is read again (storage is idempotent).
    /// </summary>
    public const int MaxIds = 1000;

    public static StreamCursor Start { get; } = new((DateTimeOffset?)null);

    /// <summary>
    /// The items already stored whose time is <see cref="Since"/>: issue or comment ids, for stars the stargazers' user
    /// ids. Reading on passes over them and takes the other items of that second. Null in checkpoints written before the
    /// ids were kept, which read that second again whole.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<long>? Ids { get; init; }

    /// <summary>Whether the item <paramref name="id"/>, of time <paramref name="at"/>, is one this cursor has already stored.</summary>
    public bool HasStored(long id, DateTimeOffset at) => at == Since && Ids is { } ids && ids.Contains(id);

    /// <summary>This cursor, with <paramref name="ids"/> as the items of its second already stored.</summary>
    public StreamCursor Storing(IEnumerable<long> ids)
    {
        List<long> kept = [.. ids.Distinct().Take(MaxIds)];
        return this with { Ids = Since is null || kept.Count == 0 ? null : kept };
    }
}
