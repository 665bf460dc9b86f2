namespace Hub.Plugins.GitHub;

/// <summary>Where one stream of one repository resumes.</summary>
/// <param name="Since">
/// Issues and comments: the newest <c>updated_at</c> stored, asked for again (inclusively) so that items sharing that
/// second are not lost. Stars: the newest <c>starred_at</c> stored.
/// </param>
/// <param name="Page">The page to ask for: past 1 only while more than a page of items share <paramref name="Since"/>; for stars, the page that holds it.</param>
internal sealed record StreamCursor(DateTimeOffset? Since, int Page = 1)
{
    public static StreamCursor Start { get; } = new((DateTimeOffset?)null);
}
