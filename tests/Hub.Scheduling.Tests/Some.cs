using Hub.Core.Model;

namespace Hub.Scheduling.Tests;

/// <summary>Tiny factories for test data.</summary>
public static class Some
{
    /// <summary>Fires at every second.</summary>
    public const string EverySecond = "* * * * * ?";

    public static ConnectorInstance Connector(string id, string? schedule) => new(
        id,
        "test-plugin",
        schedule,
        new Dictionary<string, string>(),
        new HashSet<string>(),
        DateTimeOffset.UtcNow);
}
