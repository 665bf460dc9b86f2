using System.Text.Json;
using System.Text.Json.Serialization;
using Hub.Core;
using Hub.Core.Sync;

namespace Hub.Server.Serving;

/// <summary>
/// Sync control through the GraphQL API of the hub serving the data dir, so the command line never runs a second
/// scheduler beside it. The hub records the actor: its local operator key stands for the user it runs as.
/// </summary>
public sealed class RemoteSyncControl(HubGraphQLClient client) : ISyncControl
{
    // Aliases give the fields the names of the Hub.Core records, so the answer deserializes into them directly.
    private const string RunFields =
        "id connectorId: connector source trigger startedAt finishedAt outcome error counts { read inserted updated unchanged warned quarantined }";
    private const string JobFields =
        "connectorId: connector pluginId: plugin cron timeZoneId: timeZone state nextFireTime: nextFireAt previousFireTime: previousFireAt lastRun { " + RunFields + " }";
    private const string ChangeFields =
        "id connectorId: connector oldValue newValue actor reason changedAt";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        // Ids are GraphQL IDs (strings); enums come as NORMAL, SUCCEEDED.
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) },
    };

    /// <inheritdoc />
    public async Task<IReadOnlyList<SyncJobStatus>> ListJobsAsync(CancellationToken cancellationToken) =>
        Read<List<SyncJobStatus>>(await client.ExecuteAsync($"{{ syncJobs {{ {JobFields} }} }}", null, cancellationToken), "syncJobs");

    /// <inheritdoc />
    public async Task<SyncJobStatus> GetJobAsync(string connectorId, CancellationToken cancellationToken) =>
        (await ListJobsAsync(cancellationToken)).FirstOrDefault(j => j.ConnectorId == connectorId)
        ?? throw new UserFacingException($"there is no connector '{connectorId}'; 'hub connectors list' shows the ones there are");

    /// <inheritdoc />
    public async Task<IReadOnlyList<SyncJobStatus>> TriggerAsync(string? connectorId, bool full, CancellationToken cancellationToken)
    {
        var data = await client.ExecuteAsync(
            $"mutation($connector: String, $all: Boolean, $full: Boolean) {{ triggerSync(connector: $connector, all: $all, full: $full) {{ jobs {{ {JobFields} }} }} }}",
            new { connector = connectorId, all = connectorId is null, full }, cancellationToken);
        return Read<List<SyncJobStatus>>(data.GetProperty("triggerSync"), "jobs");
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<SyncJobStatus>> PauseAsync(string? connectorId, CancellationToken cancellationToken) =>
        ActOnJobsAsync("pauseSync", connectorId, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<SyncJobStatus>> ResumeAsync(string? connectorId, CancellationToken cancellationToken) =>
        ActOnJobsAsync("resumeSync", connectorId, cancellationToken);

    /// <inheritdoc />
    public async Task<SyncJobStatus> SetScheduleAsync(string connectorId, string cron, CancellationToken cancellationToken)
    {
        var data = await client.ExecuteAsync(
            $"mutation($connector: String!, $cron: String!) {{ setSyncSchedule(connector: $connector, cron: $cron) {{ job {{ {JobFields} }} }} }}",
            new { connector = connectorId, cron }, cancellationToken);
        return Read<SyncJobStatus>(data.GetProperty("setSyncSchedule"), "job");
    }

    /// <inheritdoc />
    public async Task<CheckpointChange> SetCheckpointAsync(string connectorId, string? value, string actor, string? reason, CancellationToken cancellationToken)
    {
        var data = await client.ExecuteAsync(
            $"mutation($connector: String!, $value: String, $reason: String) {{ setCheckpoint(connector: $connector, value: $value, reason: $reason) {{ change {{ {ChangeFields} }} }} }}",
            new { connector = connectorId, value, reason }, cancellationToken);
        return Read<CheckpointChange>(data.GetProperty("setCheckpoint"), "change");
    }

    private async Task<IReadOnlyList<SyncJobStatus>> ActOnJobsAsync(string field, string? connectorId, CancellationToken cancellationToken)
    {
        var data = await client.ExecuteAsync(
            $"mutation($connector: String, $all: Boolean) {{ {field}(connector: $connector, all: $all) {{ jobs {{ {JobFields} }} }} }}",
            new { connector = connectorId, all = connectorId is null }, cancellationToken);
        return Read<List<SyncJobStatus>>(data.GetProperty(field), "jobs");
    }

    private static T Read<T>(JsonElement parent, string property) =>
        parent.GetProperty(property).Deserialize<T>(Json) ?? throw new InvalidOperationException($"the hub answered no {property}");
}
