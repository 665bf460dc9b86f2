using Microsoft.Extensions.Logging;

namespace Hub.Pipeline.Tests;

/// <summary>One logged line and the properties of its scopes (e.g. <c>RunId</c>, <c>ConnectorId</c>).</summary>
internal sealed record CapturedLine(string Category, LogLevel Level, string Message, IReadOnlyDictionary<string, object?> Scope);
