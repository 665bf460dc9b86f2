namespace Hub.Core.Model;

/// <summary>One source record and the customer it belongs to, as <c>hub export clusters</c> writes it.</summary>
public sealed record ClusterRow(string Source, string SourceId, long CustomerNumber);
