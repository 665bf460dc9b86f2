namespace Hub.Plugins.Files;

/// <summary>The file being read and the last row (spreadsheet numbering) whose record is stored.</summary>
internal sealed record FileProgress(FileStamp File, long Row);
