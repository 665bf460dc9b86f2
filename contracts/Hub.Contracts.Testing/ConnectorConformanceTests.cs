using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace Hub.Contracts.Testing;

/// <summary>
/// The checks every Hub connector should pass, as xUnit v3 tests. Derive a test class from this one in your plugin's test
/// project, say how to make your plugin and with which settings it reads a known source (a test file, a local fake of the
/// remote API), and every check runs against your connector:
/// <list type="bullet">
/// <item>the plugin registers its connector, and every setting is declared with a name and a description;</item>
/// <item>a missing required setting is refused with a message naming it;</item>
/// <item>the check passes with the test settings and fails cleanly, with a reason and no exception, with refused ones;</item>
/// <item>a full read yields valid canonical records (ids, streams, customers named by orders and interactions, currencies);</item>
/// <item>reading on from any checkpoint it returned misses no record and repeats none;</item>
/// <item>a cancelled read stops promptly, and a read with refused settings fails with an exception that says why.</item>
/// </list>
/// A connector that takes its records only by push sets <see cref="PushOnly"/>: its sync must then read nothing, cleanly;
/// <see cref="PushReceiverConformanceTests"/> checks its receiving.
/// Every failure names the plugin by its id, as the hub does when it records a run's error.
/// </summary>
public abstract class ConnectorConformanceTests
{
    private static readonly HttpClient SharedHttpClient = new() { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>The plugin's id, as in its <c>plugin.json</c>.</summary>
    protected abstract string PluginId { get; }

    /// <summary>A new instance of the plugin's entry class, as the hub creates it.</summary>
    protected abstract IHubPlugin CreatePlugin();

    /// <summary>
    /// Settings with which the connector reads a known source holding at least one record in at least two batches (give a
    /// small batch size if the connector takes one), so that reading on from a checkpoint is checked.
    /// </summary>
    protected abstract IReadOnlyDictionary<string, string> TestSettings { get; }

    /// <summary>
    /// Settings the source refuses (wrong credentials, a file that does not exist), or null when it has nothing to refuse:
    /// then the checks that need them are skipped, saying so.
    /// </summary>
    protected virtual IReadOnlyDictionary<string, string>? RefusedSettings => null;

    /// <summary>The type of the connector to check when the plugin registers more than one; null checks its only one.</summary>
    protected virtual Type? ConnectorType => null;

    /// <summary>The HTTP client the connector gets in its context (the hub gives one with retries and timeouts).</summary>
    protected virtual HttpClient? HttpClient => SharedHttpClient;

    /// <summary>
    /// True for a connector that takes its records only by push (<see cref="IPushReceiver"/>) and reads nothing on a sync.
    /// The full read is then checked to end without an error and without records, and the checks of reading on from a
    /// checkpoint and of cancelling a read are skipped.
    /// </summary>
    protected virtual bool PushOnly => false;

    /// <summary>How long a cancelled read may take to stop.</summary>
    protected virtual TimeSpan CancellationGrace => TimeSpan.FromSeconds(5);

    /// <summary>How long a whole read of the test source may take.</summary>
    protected virtual TimeSpan ReadTimeout => TimeSpan.FromMinutes(1);

    private static CancellationToken TestCancellation => TestContext.Current.CancellationToken;

    /// <summary>The plugin's <see cref="IHubPlugin.Register"/> adds the connector (exactly one, or one of <see cref="ConnectorType"/>).</summary>
    [Fact]
    public void The_plugin_registers_its_connector_under_its_id()
    {
        var registry = new ConformanceRegistry(PluginId);
        CreatePlugin().Register(registry);

        Assert.True(registry.Connectors.Count > 0, $"plugin '{PluginId}' registered no connector");
        _ = Connector(registry);
    }

    /// <summary>Every declared setting has a name and a description, no name twice, and the test settings use only declared ones.</summary>
    [Fact]
    public void Every_setting_is_declared_with_a_name_and_a_description()
    {
        var settings = CreateConnector().Settings;

        foreach (var setting in settings)
        {
            Assert.False(string.IsNullOrWhiteSpace(setting.Name), $"plugin '{PluginId}' declares a setting without a name");
            Assert.False(string.IsNullOrWhiteSpace(setting.Description), $"plugin '{PluginId}': setting '{setting.Name}' has no description for `hub plugins` and errors");
        }

        var repeated = settings.GroupBy(s => s.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(repeated.Count == 0, $"plugin '{PluginId}' declares settings more than once: {string.Join(", ", repeated)}");
        var unknown = TestSettings.Keys.Where(key => !settings.Any(s => string.Equals(s.Name, key, StringComparison.OrdinalIgnoreCase))).ToList();
        Assert.True(unknown.Count == 0, $"plugin '{PluginId}': the test settings use settings the connector does not declare: {string.Join(", ", unknown)}");
    }

    /// <summary>Without any one required setting, the check fails (or throws <see cref="InvalidSettingException"/>) naming it.</summary>
    [Fact]
    public async Task A_missing_required_setting_is_refused_with_a_message_naming_it()
    {
        var connector = CreateConnector();
        foreach (var required in connector.Settings.Where(s => s.Required))
        {
            var context = Context(new ConformanceSettings(TestSettings).Without(required.Name));
            string message;
            try
            {
                var result = await connector.CheckAsync(context, TestCancellation);
                Assert.False(result.Ok, $"plugin '{PluginId}': the check passed without the required setting '{required.Name}'");
                message = result.Message;
            }
            catch (InvalidSettingException ex)
            {
                message = ex.Setting + ": " + ex.Message;
            }

            Assert.True(message.Contains(required.Name, StringComparison.OrdinalIgnoreCase),
                $"plugin '{PluginId}': without the required setting '{required.Name}' the check says \"{message}\", which does not name it");
        }
    }

    /// <summary>The check passes with <see cref="TestSettings"/> and says what it found.</summary>
    [Fact]
    public async Task The_check_passes_with_the_test_settings()
    {
        var result = await CreateConnector().CheckAsync(Context(TestSettings), TestCancellation);

        Assert.True(result.Ok, $"plugin '{PluginId}': the check failed with the test settings: {result.Message}");
        Assert.False(string.IsNullOrWhiteSpace(result.Message), $"plugin '{PluginId}': the check passed without a message saying what it found");
    }

    /// <summary>The check with <see cref="RefusedSettings"/> returns a failure with a reason, without throwing.</summary>
    [Fact]
    public async Task The_check_with_refused_settings_fails_cleanly_with_a_reason()
    {
        var refused = RefusedSettingsOrSkip();
        CheckResult result;
        try
        {
            result = await CreateConnector().CheckAsync(Context(refused), TestCancellation);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Assert.Fail($"plugin '{PluginId}': the check threw {ex.GetType().Name} ({ex.Message}) instead of returning CheckResult.Failure with the reason");
            return;
        }

        Assert.False(result.Ok, $"plugin '{PluginId}': the check passed with the refused settings: {result.Message}");
        Assert.False(string.IsNullOrWhiteSpace(result.Message), $"plugin '{PluginId}': the check failed without saying why");
    }

    /// <summary>
    /// A full read yields at least one record, and every record and reject is one the hub can store. With
    /// <see cref="PushOnly"/>, the connector takes pushes and a full read ends without an error and without records.
    /// </summary>
    [Fact]
    public async Task A_full_read_yields_valid_canonical_records()
    {
        var connector = CreateConnector();
        var batches = await ReadAllAsync(connector, TestSettings, Checkpoint.Start);
        if (PushOnly)
        {
            Assert.True(connector is IPushReceiver, $"plugin '{PluginId}' says its connector is push-only, but the connector is no IPushReceiver: it would take no record at all");
            var read = batches.Sum(b => b.Records.Count + b.Rejected.Count);
            Assert.True(read == 0, $"plugin '{PluginId}' says its connector is push-only, but a sync read {read} records and rejects");
            return;
        }

        Assert.True(batches.Sum(b => b.Records.Count) > 0, $"plugin '{PluginId}': a full read of the test source yielded no record");
        var problems = batches.SelectMany(CanonicalRecords.Problems).Take(20).ToList();
        Assert.True(problems.Count == 0, $"plugin '{PluginId}' yielded records the hub cannot store:\n" + string.Join("\n", problems));
    }

    /// <summary>
    /// Reading on from a checkpoint of the full read yields every record after it and none before it. A customer sent again
    /// beside a record after the checkpoint that names it (its order, interaction or event) is not counted as read again:
    /// connectors that fetch a person's profile with the activity (an issue's author, a shop's guest) send it with the first
    /// activity of every read, fresh.
    /// </summary>
    [Fact]
    public async Task Reading_on_from_every_checkpoint_it_returned_misses_no_record_and_repeats_none()
    {
        Assert.SkipWhen(PushOnly, $"plugin '{PluginId}' is push-only: its sync reads nothing, so there is no checkpoint to read on from");
        var connector = CreateConnector();
        var full = await ReadAllAsync(connector, TestSettings, Checkpoint.Start);
        Assert.True(full.Count >= 2, $"plugin '{PluginId}': the test source was read in {full.Count} batch(es); give test settings that read at least two, so resuming is checked");

        // At most ten checkpoints, spread over the read, the last one included: resuming there must find nothing new.
        var positions = Enumerable.Range(0, full.Count).Where(i => full.Count <= 10 || i % (full.Count / 10 + 1) == 0 || i == full.Count - 1).Distinct();
        foreach (var i in positions)
        {
            var checkpoint = full[i].Checkpoint;
            var resumedBatches = await ReadAllAsync(connector, TestSettings, checkpoint);
            var resumed = Keys(resumedBatches).ToList();
            var before = Keys(full.Take(i + 1)).ToHashSet();
            var after = Keys(full.Skip(i + 1)).ToHashSet();
            var named = resumedBatches.SelectMany(b => b.Records).Where(r => after.Contains(Key(r))).Select(CustomerNamedBy).OfType<string>().ToHashSet();

            var missed = after.Where(key => !resumed.Contains(key)).Take(5).ToList();
            Assert.True(missed.Count == 0, $"plugin '{PluginId}': reading on from checkpoint '{checkpoint.Value}' (after batch {i + 1} of {full.Count}) missed {Describe(missed)}");
            var repeated = resumed.Where(key => before.Contains(key) && !after.Contains(key) && !(key.Stream == "customers" && named.Contains(key.Id))).Take(5).ToList();
            Assert.True(repeated.Count == 0, $"plugin '{PluginId}': reading on from checkpoint '{checkpoint.Value}' (after batch {i + 1} of {full.Count}) read again {Describe(repeated)}");
        }
    }

    /// <summary>A read cancelled after its first batch yields at most one more and stops within <see cref="CancellationGrace"/>.</summary>
    [Fact]
    public async Task A_read_cancelled_between_batches_stops_promptly()
    {
        Assert.SkipWhen(PushOnly, $"plugin '{PluginId}' is push-only: its sync reads nothing, so there is no read to cancel");
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(TestCancellation);
        var reader = CreateConnector().ReadAsync(Context(TestSettings), Checkpoint.Start, cancellation.Token).GetAsyncEnumerator(cancellation.Token);
        try
        {
            Assert.True(await Within(reader.MoveNextAsync(), ReadTimeout, "its first batch"), $"plugin '{PluginId}': the test source yielded no batch");
            await cancellation.CancelAsync();
            var clock = Stopwatch.StartNew();
            var after = 0;
            try
            {
                while (await Within(reader.MoveNextAsync(), CancellationGrace, "to stop after its read was cancelled")) after++;
            }
            catch (OperationCanceledException)
            {
                // The expected end: the connector saw the cancellation.
            }

            Assert.True(after <= 1, $"plugin '{PluginId}' yielded {after} more batches after its read was cancelled; check the token between batches");
            Assert.True(clock.Elapsed <= CancellationGrace, $"plugin '{PluginId}' took {clock.Elapsed.TotalSeconds:0.0} s to stop after its read was cancelled");
        }
        finally
        {
            await reader.DisposeAsync();
        }
    }

    /// <summary>A read with <see cref="RefusedSettings"/> throws an exception with a message, rather than ending quietly.</summary>
    [Fact]
    public async Task A_read_with_refused_settings_fails_with_an_exception_that_says_why()
    {
        var refused = RefusedSettingsOrSkip();
        Exception? failure = null;
        try
        {
            await ReadAllAsync(CreateConnector(), refused, Checkpoint.Start);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && ex is not Xunit.Sdk.IAssertionException)
        {
            failure = ex;
        }

        Assert.True(failure is not null, $"plugin '{PluginId}': a read with the refused settings ended without an error; it must throw, so that the run fails with the reason");
        Assert.False(string.IsNullOrWhiteSpace(failure.Message), $"plugin '{PluginId}': a read with the refused settings threw {failure.GetType().Name} without a message");
    }

    /// <summary>The connector under test, registered by a new instance of the plugin.</summary>
    protected IConnector CreateConnector()
    {
        var registry = new ConformanceRegistry(PluginId);
        CreatePlugin().Register(registry);
        return Connector(registry);
    }

    /// <summary>A context for <paramref name="settings"/>, as the hub builds one for a check or a sync.</summary>
    protected ConnectorContext Context(IReadOnlyDictionary<string, string> settings) => Context(new ConformanceSettings(settings));

    /// <summary>A context for <paramref name="settings"/>, as the hub builds one for a check or a sync.</summary>
    protected ConnectorContext Context(ISettings settings) =>
        new(PluginId + "-conformance", PluginId + "-conformance", settings, NullLogger.Instance, HttpClient);

    private IConnector Connector(ConformanceRegistry registry)
    {
        var candidates = ConnectorType is null ? registry.Connectors : registry.Connectors.Where(ConnectorType.IsInstanceOfType).ToList();
        Assert.True(candidates.Count == 1,
            $"plugin '{PluginId}' registered {candidates.Count} connector(s){(ConnectorType is null ? "" : " of type " + ConnectorType.Name)}; set ConnectorType to the one to check");
        return candidates[0];
    }

    private IReadOnlyDictionary<string, string> RefusedSettingsOrSkip()
    {
        Assert.SkipWhen(RefusedSettings is null, $"plugin '{PluginId}' gives no RefusedSettings: its source has nothing to refuse");
        return RefusedSettings!;
    }

    private async Task<List<RecordBatch>> ReadAllAsync(IConnector connector, IReadOnlyDictionary<string, string> settings, Checkpoint from)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestCancellation);
        timeout.CancelAfter(ReadTimeout);
        var batches = new List<RecordBatch>();
        try
        {
            await foreach (var batch in connector.ReadAsync(Context(settings), from, timeout.Token)) batches.Add(batch);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !TestCancellation.IsCancellationRequested)
        {
            Assert.Fail($"plugin '{PluginId}': a read of the test source took longer than {ReadTimeout.TotalSeconds:0} s");
        }

        return batches;
    }

    private async Task<bool> Within(ValueTask<bool> step, TimeSpan limit, string what)
    {
        try
        {
            return await step.AsTask().WaitAsync(limit, TestCancellation);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"plugin '{PluginId}' took longer than {limit.TotalSeconds:0} s {what}");
            return false;
        }
    }

    private static IEnumerable<(string Stream, string Id)> Keys(IEnumerable<RecordBatch> batches) => batches.SelectMany(b => b.Records).Select(Key);

    private static (string Stream, string Id) Key(SourceRecord record) => (record.Stream, record.RecordId);

    private static string? CustomerNamedBy(SourceRecord record) => record switch
    {
        OrderRecord order => order.CustomerSourceId,
        InteractionRecord interaction => interaction.CustomerSourceId,
        EventRecord @event => @event.CustomerSourceId,
        _ => null,
    };

    private static string Describe(IReadOnlyList<(string Stream, string Id)> keys) => string.Join(", ", keys.Select(k => $"{k.Stream} '{k.Id}'"));
}
