namespace Hub.Plugins.CallCenter;

/// <summary>A CDR file to read.</summary>
/// <param name="FullPath">Where it is.</param>
/// <param name="Name">Its file name, as positions and the checkpoint name it.</param>
internal sealed record CdrFile(string FullPath, string Name);
