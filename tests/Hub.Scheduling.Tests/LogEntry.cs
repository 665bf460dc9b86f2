using Microsoft.Extensions.Logging;

namespace Hub.Scheduling.Tests;

/// <summary>One line of the host's log.</summary>
public sealed record LogEntry(string Category, LogLevel Level, string Message, Exception? Exception)
{
    public override string ToString() => $"{Level} {Category}: {Message} {Exception?.GetBaseException().Message}";
}
