namespace Hub.Plugins.GitHub;

/// <summary>One page of a stream, and where the stream resumes once it is stored.</summary>
internal sealed record GitHubPage<T>(IReadOnlyList<T> Items, StreamCursor Next);
