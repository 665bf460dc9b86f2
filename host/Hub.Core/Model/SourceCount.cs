namespace Hub.Core.Model;

/// <summary>How many customer records one source has given the hub.</summary>
public sealed record SourceCount(string Source, long Records);
