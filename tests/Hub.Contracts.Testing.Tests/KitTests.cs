using Xunit.Sdk;

namespace Hub.Contracts.Testing.Tests;

/// <summary>
/// The conformance kit itself: run against a connector that keeps the contract, every check passes; run against one that
/// breaks it in one way, the check for that way fails and says so with the plugin's id.
/// </summary>
public sealed class KitTests
{
    [Fact]
    public async Task A_connector_that_keeps_the_contract_passes_every_check()
    {
        var kit = new Kit(Fault.None);
        kit.The_plugin_registers_its_connector_under_its_id();
        kit.Every_setting_is_declared_with_a_name_and_a_description();
        await kit.A_missing_required_setting_is_refused_with_a_message_naming_it();
        await kit.The_check_passes_with_the_test_settings();
        await kit.The_check_with_refused_settings_fails_cleanly_with_a_reason();
        await kit.A_full_read_yields_valid_canonical_records();
        await kit.Reading_on_from_every_checkpoint_it_returned_misses_no_record_and_repeats_none();
        await kit.A_read_cancelled_between_batches_stops_promptly();
        await kit.A_read_with_refused_settings_fails_with_an_exception_that_says_why();
    }

    [Theory]
    [InlineData(Fault.VagueSettingErrors, "does not name it")]
    [InlineData(Fault.CheckThrows, "instead of returning CheckResult.Failure")]
    [InlineData(Fault.RecordWithoutId, "the record has no id")]
    [InlineData(Fault.IgnoresCheckpoint, "read again customers 'c1'")]
    [InlineData(Fault.SkipsAfterCheckpoint, "missed customers 'c4'")]
    [InlineData(Fault.IgnoresCancellation, "more batches after its read was cancelled")]
    [InlineData(Fault.RefusedReadEndsQuietly, "ended without an error")]
    public async Task A_connector_that_breaks_the_contract_fails_the_check_for_it_naming_the_plugin(Fault fault, string expected)
    {
        var kit = new Kit(fault);
        Func<Task> check = fault switch
        {
            Fault.VagueSettingErrors => kit.A_missing_required_setting_is_refused_with_a_message_naming_it,
            Fault.CheckThrows => kit.The_check_with_refused_settings_fails_cleanly_with_a_reason,
            Fault.RecordWithoutId => kit.A_full_read_yields_valid_canonical_records,
            Fault.IgnoresCheckpoint or Fault.SkipsAfterCheckpoint => kit.Reading_on_from_every_checkpoint_it_returned_misses_no_record_and_repeats_none,
            Fault.IgnoresCancellation => kit.A_read_cancelled_between_batches_stops_promptly,
            _ => kit.A_read_with_refused_settings_fails_with_an_exception_that_says_why,
        };

        var failure = await Assert.ThrowsAnyAsync<XunitException>(check);

        Assert.Contains("plugin 'scripted'", failure.Message, StringComparison.Ordinal);
        Assert.Contains(expected, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_customer_sent_again_beside_a_later_record_that_names_it_is_not_counted_as_read_again()
    {
        var kit = new ActivityKit(resendsEveryone: false);

        await kit.Reading_on_from_every_checkpoint_it_returned_misses_no_record_and_repeats_none();
    }

    [Fact]
    public async Task A_customer_sent_again_without_a_later_record_naming_it_is_read_again()
    {
        var kit = new ActivityKit(resendsEveryone: true);

        var failure = await Assert.ThrowsAnyAsync<XunitException>(kit.Reading_on_from_every_checkpoint_it_returned_misses_no_record_and_repeats_none);

        Assert.Contains("plugin 'activity': reading on from checkpoint '4' (after batch 2 of 3) read again customers 'ann'", failure.Message, StringComparison.Ordinal);
    }

    private sealed class ActivityKit(bool resendsEveryone) : ConnectorConformanceTests
    {
        protected override string PluginId => "activity";

        protected override IHubPlugin CreatePlugin() => new ActivitySource(resendsEveryone);

        protected override IReadOnlyDictionary<string, string> TestSettings => new Dictionary<string, string>();
    }

    private sealed class Kit(Fault fault) : ConnectorConformanceTests
    {
        protected override string PluginId => "scripted";

        protected override IHubPlugin CreatePlugin() => new ScriptedSource(fault);

        protected override IReadOnlyDictionary<string, string> TestSettings => new Dictionary<string, string> { ["token"] = "good" };

        protected override IReadOnlyDictionary<string, string> RefusedSettings => new Dictionary<string, string> { ["token"] = "bad" };

        protected override TimeSpan CancellationGrace => TimeSpan.FromSeconds(2);
    }
}
