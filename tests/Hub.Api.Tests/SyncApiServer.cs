using Hub.Core.Model;
using Hub.Core.Storage;
using Hub.Core.Sync;
using Hub.Scheduling;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests;

/// <summary>
/// The API as <c>hub serve</c> runs it for sync control: the real Quartz scheduler on the test's SQLite file, over
/// connectors and a run history seeded in the store. Syncs read nothing but are recorded as runs.
/// </summary>
public sealed class SyncApiServer : IAsyncLifetime
{
    /// <summary>The seeded runs, oldest first: (connector, outcome).</summary>
    public static readonly IReadOnlyList<(string Connector, RunOutcome Outcome)> SeededRuns =
    [
        ("shop", RunOutcome.Succeeded), ("crm", RunOutcome.Failed), ("shop", RunOutcome.Failed),
        ("shop", RunOutcome.Succeeded), ("crm", RunOutcome.Succeeded), ("shop", RunOutcome.Succeeded),
    ];

    public SyncApiServer() => Server = new ApiServer(
        (services, databasePath) =>
        {
            services.AddSingleton<RunRecordingSyncRunner>();
            services.AddSingleton<ISyncRunner>(provider => provider.GetRequiredService<RunRecordingSyncRunner>());
            services.AddHubScheduling(databasePath, options =>
            {
                options.ReconcileInterval = TimeSpan.FromMilliseconds(200);
                options.CheckpointWaitPollInterval = TimeSpan.FromMilliseconds(50);
            });
            services.AddHubSyncControl();
        },
        SeedAsync);

    public ApiServer Server { get; }

    public RunRecordingSyncRunner Runner => Server.Services.GetRequiredService<RunRecordingSyncRunner>();

    public ValueTask InitializeAsync() => Server.InitializeAsync();

    public ValueTask DisposeAsync() => Server.DisposeAsync();

    /// <summary>A client with a new key of <paramref name="role"/>, and the key's id.</summary>
    public async Task<(ApiClient Client, string KeyId)> ClientAsync(ApiRole role = ApiRole.Operator)
    {
        var key = await Server.CreateKeyAsync(role);
        return (Server.ClientWith(key), key.Split('_')[1]);
    }

    private static async Task SeedAsync(IServiceProvider services)
    {
        var connectors = services.GetRequiredService<IConnectorStore>();
        // One connector per test that changes state, so the tests sharing this server do not see each other's changes.
        foreach (var (id, schedule) in new[] { ("shop", "0 0 3 * * ?"), ("crm", "0 0 4 * * ?"), ("paused-one", "0 0 5 * * ?"), ("manual", null), ("checkpointed", "0 0 6 * * ?") })
        {
            await connectors.AddAsync(new ConnectorInstance(id, "test-plugin", schedule, new Dictionary<string, string>(), new HashSet<string>(), DateTimeOffset.UtcNow), CancellationToken.None);
        }

        var ingest = services.GetRequiredService<IIngestStore>();
        foreach (var (connector, outcome) in SeededRuns)
        {
            var run = await ingest.StartRunAsync(connector, connector, "schedule", CancellationToken.None);
            await ingest.FinishRunAsync(run, outcome, outcome == RunOutcome.Failed ? "the source answered 503" : null, CancellationToken.None);
        }
    }
}
