using System.Runtime.CompilerServices;
using Hub.Contracts;
using Hub.Core;
using Hub.Core.Model;
using Hub.Core.Plugins;
using Hub.Core.Storage;
using Hub.Identity;
using Hub.Pipeline.Quarantine;
using Hub.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Pipeline.Tests;

public sealed class QuarantineServiceTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "hub-quarantine-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly RepairableConnector _connector = new();
    private ServiceProvider _services = null!;

    private IIngestStore Store => _services.GetRequiredService<IIngestStore>();

    private QuarantineService Quarantine => _services.GetRequiredService<QuarantineService>();

    public async ValueTask InitializeAsync()
    {
        _services = new ServiceCollection()
            .AddLogging()
            .AddHubSqliteStorage(Path.Combine(_folder, "hub.db"))
            .AddSingleton<IPluginCatalog>(new SingleConnectorCatalog(_connector))
            .AddHubPipeline(new IdentityOptions())
            .BuildServiceProvider();
        await _services.GetRequiredService<IHubDatabase>().MigrateAsync(CancellationToken.None);
        await _services.GetRequiredService<IConnectorStore>().AddAsync(
            new ConnectorInstance("crm", "repairable", null, new Dictionary<string, string>(), new HashSet<string>(), DateTimeOffset.UtcNow), CancellationToken.None);
    }

    [Fact]
    public async Task An_item_the_plugin_can_now_read_is_stored_released_and_leaves_the_checkpoint_alone()
    {
        var id = await QuarantineAsync("crm", "c7;Ada;ada@example.com", "the plugin could not read it");
        _connector.Repaired = true;

        var result = await Quarantine.RetryAsync(id, CancellationToken.None);

        Assert.True(result.Stored, result.Reason);
        Assert.Empty(await Store.ListQuarantineAsync("crm", 10, CancellationToken.None));
        Assert.Equal(result.RunId, (await Store.GetQuarantineItemAsync(id, CancellationToken.None))!.ReleasedRunId);
        var stored = await _services.GetRequiredService<IIdentityStore>().LoadCustomerRecordsAsync(CancellationToken.None);
        Assert.Equal("ada@example.com", Assert.Single(stored, r => r.SourceId == "c7").Record.Email);
        Assert.True((await Store.GetCheckpointAsync("crm", CancellationToken.None)).IsStart);
        await Assert.ThrowsAsync<UserFacingException>(() => Quarantine.RetryAsync(id, CancellationToken.None));
    }

    [Fact]
    public async Task An_item_that_still_fails_stays_held_once_with_the_new_reason()
    {
        var id = await QuarantineAsync("crm", "c8;Bob;bob@example.com", "the plugin could not read it");

        var result = await Quarantine.RetryAsync(id, CancellationToken.None);

        Assert.False(result.Stored);
        Assert.Contains("cannot read it: not repaired yet", result.Reason, StringComparison.Ordinal);
        Assert.Single(await Store.ListQuarantineAsync("crm", 10, CancellationToken.None));
    }

    [Fact]
    public async Task A_payload_that_parses_but_fails_validation_stays_held_without_a_second_copy()
    {
        var id = await QuarantineAsync("crm", ";No Id;x@example.com", "source_id is missing");
        _connector.Repaired = true;

        var result = await Quarantine.RetryAsync(id, CancellationToken.None);

        Assert.False(result.Stored);
        Assert.Equal("source_id is missing", result.Reason);
        Assert.Single(await Store.ListQuarantineAsync("crm", 10, CancellationToken.None));
    }

    [Fact]
    public async Task An_item_from_an_import_says_to_import_the_fixed_file_again()
    {
        var id = await QuarantineAsync("spreadsheet", "row", "amount 'x' is not a number");
        var error = await Assert.ThrowsAsync<UserFacingException>(() => Quarantine.RetryAsync(id, CancellationToken.None));
        Assert.Contains("import it again", error.Message, StringComparison.Ordinal);
    }

    private async Task<long> QuarantineAsync(string source, string payload, string reason)
    {
        var runId = await Store.StartRunAsync(null, source, "test", CancellationToken.None);
        await Store.CommitBatchAsync(new IngestBatch(runId, null, source, [],
            [new QuarantineItem { RunId = runId, Source = source, Stream = "customers", Position = "line 1", RawPayload = payload, Reason = reason }],
            Checkpoint.Start, 1), CancellationToken.None);
        return (await Store.ListQuarantineAsync(source, 1, CancellationToken.None))[0].Id;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Reads "id;name;email" lines, but only once "repaired" — as a plugin fixed in a newer version would.</summary>
    private sealed class RepairableConnector : IConnector, IRawRecordParser
    {
        public bool Repaired { get; set; }

        public IReadOnlyList<SettingDefinition> Settings => [];

        public Task<CheckResult> CheckAsync(ConnectorContext context, CancellationToken cancellationToken) => Task.FromResult(CheckResult.Success("ok"));

        public async IAsyncEnumerable<RecordBatch> ReadAsync(ConnectorContext context, Checkpoint checkpoint, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await Task.CompletedTask;
            yield break;
        }

        public RecordBatch Parse(string stream, string rawPayload, ConnectorContext context)
        {
            if (!Repaired) throw new FormatException("not repaired yet");
            var fields = rawPayload.Split(';');
            return new RecordBatch([new CustomerRecord { SourceId = fields[0], FullName = fields[1], Email = fields[2], RawPayload = rawPayload }], Checkpoint.Start);
        }
    }

    private sealed class SingleConnectorCatalog(IConnector connector) : IPluginCatalog
    {
        public IReadOnlyList<PluginInfo> Plugins { get; } = [new("repairable", "1.0.0", "1.0.0", PluginStatus.Loaded, null, PluginLocation.Installed)];

        public IReadOnlyList<IMiner> Miners => [];

        public IConnector? FindConnector(string pluginId) => pluginId == "repairable" ? connector : null;
    }
}
