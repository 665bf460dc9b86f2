namespace Hub.Contracts;

/// <summary>An HTTP request pushed to a connector instance.</summary>
/// <param name="Path">What follows <c>/ingest/{connector id}/</c>, without a leading slash; empty for the bare endpoint (e.g. <c>v1/batch</c>).</param>
/// <param name="ContentType">The request's media type, if it had one.</param>
/// <param name="Headers">The request headers, names in lower case.</param>
/// <param name="Body">The raw body, already limited in size by the host.</param>
public sealed record PushRequest(string Path, string? ContentType, IReadOnlyDictionary<string, string> Headers, ReadOnlyMemory<byte> Body);
