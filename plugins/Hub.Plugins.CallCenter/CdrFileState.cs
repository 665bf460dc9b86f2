namespace Hub.Plugins.CallCenter;

/// <summary>How far one file has been read.</summary>
/// <param name="Name">The file's name.</param>
/// <param name="Head">The hash of its first line (see <see cref="FileProbe"/>).</param>
/// <param name="Offset">The byte offset just past the last line stored.</param>
/// <param name="Line">How many lines lie before <paramref name="Offset"/>, so positions keep counting from there.</param>
internal sealed record CdrFileState(string Name, string Head, long Offset, long Line);
