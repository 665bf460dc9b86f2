namespace Hub.Plugins.GitHub;

/// <summary>How far each stream of one repository has been stored.</summary>
internal sealed record RepositoryProgress(StreamCursor Issues, StreamCursor Comments, StreamCursor Stars)
{
    public static RepositoryProgress Start { get; } = new(StreamCursor.Start, StreamCursor.Start, StreamCursor.Start);
}
