using System.Text.Json;
using Hub.Server.Tests;

namespace Hub.Server.Durability.Tests;

/// <summary>
/// One node of a hub cluster for the end-to-end tests: a <c>hub</c> with a data dir of its own whose <c>hub.json</c> points
/// at a shared PostgreSQL database, with short cluster check-ins and run leases so that a killed node's work moves within
/// seconds rather than the minute the defaults allow.
/// </summary>
internal static class ClusterNode
{
    public static HubProcess Create(string dataDirectory, string connectionString)
    {
        Directory.CreateDirectory(dataDirectory);
        var settings = new
        {
            Hub = new
            {
                Storage = new { Provider = "postgres", ConnectionString = connectionString },
                Scheduling = new { ClusterCheckinInterval = "00:00:01", ClusterCheckinMisfireThreshold = "00:00:02" },
                Runs = new { HeartbeatInterval = "00:00:01", LeaseTimeout = "00:00:04" },
            },
        };
        File.WriteAllText(Path.Combine(dataDirectory, "hub.json"), JsonSerializer.Serialize(settings));
        return new HubProcess(dataDirectory);
    }
}
