using System.Text;
using Xunit.Sdk;

namespace Hub.Contracts.Testing.Tests;

/// <summary>
/// The push-receiver kit itself: run against a receiver that keeps the contract, every check passes; run against one that
/// breaks it in one way, the check for that way fails and says so with the plugin's id. Also the connector kit's view of
/// the same push-only connector.
/// </summary>
public sealed class PushReceiverKitTests
{
    [Fact]
    public void A_receiver_that_keeps_the_contract_passes_every_check()
    {
        var kit = new Kit(PushFault.None);
        kit.The_plugin_registers_a_connector_that_takes_pushes();
        kit.The_sample_push_is_authorized_and_yields_valid_canonical_records();
        kit.The_same_push_received_again_yields_the_same_records();
        kit.A_push_without_credentials_is_not_authorized();
        kit.An_instance_without_its_secret_settings_authorizes_no_push();
        kit.A_malformed_body_is_refused_with_a_PushRejectedException_that_says_why();
        kit.Pushes_it_cannot_read_never_end_in_an_unexpected_exception();
    }

    [Theory]
    [InlineData(PushFault.NotAReceiver, "registered 0 connector(s) that take pushes")]
    [InlineData(PushFault.AnswerNotJson, "the answer for the sender, 'ok', is not JSON")]
    [InlineData(PushFault.RecordWithoutId, "the record has no id")]
    [InlineData(PushFault.NewIdEachTime, "the sample push received again yielded other records")]
    [InlineData(PushFault.AuthorizesAnyone, "authorized a push without credentials")]
    [InlineData(PushFault.AuthorizingWithoutCredentialsThrows, "asking whether a push without credentials is authorized threw NullReferenceException")]
    [InlineData(PushFault.OpenWithoutKey, "authorized the sample push on an instance without the settings key")]
    [InlineData(PushFault.KeyNotDeclaredSecret, "the test settings hold no setting its connector declares secret")]
    [InlineData(PushFault.LeaksJsonException, "threw JsonReaderException")]
    [InlineData(PushFault.AcceptsMalformedBodies, "accepted a malformed body")]
    [InlineData(PushFault.CrashesOnEmptyBody, "an empty body: receiving it threw IndexOutOfRangeException")]
    public void A_receiver_that_breaks_the_contract_fails_the_check_for_it_naming_the_plugin(PushFault fault, string expected)
    {
        var kit = new Kit(fault);
        Action check = fault switch
        {
            PushFault.NotAReceiver => kit.The_plugin_registers_a_connector_that_takes_pushes,
            PushFault.AnswerNotJson or PushFault.RecordWithoutId => kit.The_sample_push_is_authorized_and_yields_valid_canonical_records,
            PushFault.NewIdEachTime => kit.The_same_push_received_again_yields_the_same_records,
            PushFault.AuthorizesAnyone or PushFault.AuthorizingWithoutCredentialsThrows => kit.A_push_without_credentials_is_not_authorized,
            PushFault.OpenWithoutKey or PushFault.KeyNotDeclaredSecret => kit.An_instance_without_its_secret_settings_authorizes_no_push,
            PushFault.LeaksJsonException or PushFault.AcceptsMalformedBodies => kit.A_malformed_body_is_refused_with_a_PushRejectedException_that_says_why,
            _ => kit.Pushes_it_cannot_read_never_end_in_an_unexpected_exception,
        };

        var failure = Assert.ThrowsAny<XunitException>(check);

        Assert.Contains("plugin 'scripted'", failure.Message, StringComparison.Ordinal);
        Assert.Contains(expected, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_receiver_that_takes_pushes_from_anyone_skips_the_checks_of_credentials_saying_so()
    {
        var kit = new Kit(PushFault.None, authenticated: false);

        var reason = Skips.Reason(kit.A_push_without_credentials_is_not_authorized);

        Assert.Contains("plugin 'scripted' gives no UnauthenticatedPush", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_connector_kit_passes_a_push_only_connector_whose_sync_reads_nothing()
    {
        var kit = new PushOnlyConnectorKit(new ScriptedReceiver(PushFault.None));

        kit.The_plugin_registers_its_connector_under_its_id();
        await kit.A_missing_required_setting_is_refused_with_a_message_naming_it();
        await kit.A_full_read_yields_valid_canonical_records();
        var reason = await Skips.ReasonAsync(kit.Reading_on_from_every_checkpoint_it_returned_misses_no_record_and_repeats_none);
        Assert.Contains("plugin 'scripted' is push-only", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_connector_kit_fails_a_connector_said_to_be_push_only_that_takes_no_pushes()
    {
        var kit = new PushOnlyConnectorKit(new ScriptedSource(Fault.None));

        var failure = await Assert.ThrowsAnyAsync<XunitException>(kit.A_full_read_yields_valid_canonical_records);

        Assert.Contains("plugin 'scripted' says its connector is push-only, but the connector is no IPushReceiver", failure.Message, StringComparison.Ordinal);
    }

    private sealed class Kit(PushFault fault, bool authenticated = true) : PushReceiverConformanceTests
    {
        protected override string PluginId => "scripted";

        protected override IHubPlugin CreatePlugin() => new ScriptedReceiver(fault);

        protected override IReadOnlyDictionary<string, string> TestSettings => new Dictionary<string, string> { ["key"] = ScriptedReceiver.Key };

        protected override PushRequest SamplePush => Push(new Dictionary<string, string> { ["x-key"] = ScriptedReceiver.Key });

        protected override PushRequest? UnauthenticatedPush => authenticated ? Push(new Dictionary<string, string>()) : null;

        private static PushRequest Push(Dictionary<string, string> headers) =>
            new("", "application/json", headers, Encoding.UTF8.GetBytes(ScriptedReceiver.Body));
    }

    private sealed class PushOnlyConnectorKit(IHubPlugin plugin) : ConnectorConformanceTests
    {
        protected override string PluginId => "scripted";

        protected override IHubPlugin CreatePlugin() => plugin;

        // The receiver's key, and the token the scripted source reads with.
        protected override IReadOnlyDictionary<string, string> TestSettings =>
            new Dictionary<string, string> { ["key"] = ScriptedReceiver.Key, ["token"] = "good" };

        protected override bool PushOnly => true;
    }
}
