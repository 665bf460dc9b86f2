namespace Hub.Plugins.Files;

/// <summary>A file as it was when it was read: a file replaced since (another length or write time) is read again.</summary>
/// <param name="Name">The file name, without its folder.</param>
/// <param name="Length">Its size in bytes.</param>
/// <param name="Modified">Its last write time, UTC ticks.</param>
internal sealed record FileStamp(string Name, long Length, long Modified);
