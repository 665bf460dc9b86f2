using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace Hub.Contracts.Testing;

/// <summary>
/// The checks every connector that takes pushes (<see cref="IPushReceiver"/>, at <c>POST /ingest/{connector id}</c>)
/// should pass, as xUnit v3 tests. Derive a test class from this one in your plugin's test project, give the settings of
/// an instance, a push as your sender sends it with that instance's credentials, and the same push without them, and
/// every check runs against your receiver:
/// <list type="bullet">
/// <item>the plugin registers a connector that takes pushes;</item>
/// <item>the sample push is authorized and yields valid canonical records, and a JSON answer for the sender;</item>
/// <item>the same push received again yields the same records, so that a sender's retry is stored once;</item>
/// <item>a push without credentials, or to an instance without its secret settings, is not authorized;</item>
/// <item>a body that cannot be read is refused with a <see cref="PushRejectedException"/> that says why, and no body, however
/// broken, ends in another exception (which the hub could only answer with 500).</item>
/// </list>
/// Every failure names the plugin by its id, as the hub does in its answers and logs.
/// </summary>
public abstract class PushReceiverConformanceTests
{
    /// <summary>The plugin's id, as in its <c>plugin.json</c>.</summary>
    protected abstract string PluginId { get; }

    /// <summary>A new instance of the plugin's entry class, as the hub creates it.</summary>
    protected abstract IHubPlugin CreatePlugin();

    /// <summary>The settings of the instance pushed to, with the credentials <see cref="SamplePush"/> carries.</summary>
    protected abstract IReadOnlyDictionary<string, string> TestSettings { get; }

    /// <summary>
    /// A push as the sender sends it (path below <c>/ingest/{connector id}/</c>, header names in lower case, body), carrying
    /// the credentials of <see cref="TestSettings"/> and holding at least one record.
    /// </summary>
    protected abstract PushRequest SamplePush { get; }

    /// <summary>
    /// <see cref="SamplePush"/> without its credentials (or with wrong ones), or null when the receiver takes pushes from
    /// anyone: then the checks of authorization are skipped, saying so.
    /// </summary>
    protected virtual PushRequest? UnauthenticatedPush => null;

    /// <summary>
    /// A push whose body cannot be read at all, which the receiver must refuse as a whole: by default
    /// <see cref="SamplePush"/> with its body cut off halfway, which for a JSON body is no JSON.
    /// </summary>
    protected virtual PushRequest MalformedPush
    {
        get
        {
            var sample = SamplePush;
            return sample with { Body = sample.Body[..(sample.Body.Length / 2)] };
        }
    }

    /// <summary>The type of the connector to check when the plugin registers more than one; null checks the only one that takes pushes.</summary>
    protected virtual Type? ConnectorType => null;

    /// <summary>The plugin's <see cref="IHubPlugin.Register"/> adds a connector that implements <see cref="IPushReceiver"/>.</summary>
    [Fact]
    public void The_plugin_registers_a_connector_that_takes_pushes() => _ = CreateReceiver();

    /// <summary>
    /// <see cref="SamplePush"/> is authorized with <see cref="TestSettings"/> and yields at least one record; every record and
    /// reject is one the hub can store, and the answer for the sender is JSON.
    /// </summary>
    [Fact]
    public void The_sample_push_is_authorized_and_yields_valid_canonical_records()
    {
        var receiver = CreateReceiver();
        var sample = SamplePush;

        Assert.True(receiver.IsAuthorized(sample, Settings(TestSettings)), $"plugin '{PluginId}' did not authorize the sample push with the test settings; the hub would answer 401");
        var result = receiver.Receive(sample, Context());

        Assert.True(result.Records is { Count: > 0 }, $"plugin '{PluginId}': the sample push yielded no record; give a SamplePush that holds some");
        var problems = Problems(result).Take(20).ToList();
        Assert.True(problems.Count == 0, $"plugin '{PluginId}': the sample push yielded records the hub cannot store:\n" + string.Join("\n", problems));
    }

    /// <summary>
    /// <see cref="SamplePush"/> received a second time yields records with the same keys. Senders send a push again when
    /// they got no answer (a timeout, a restart of the hub); the same keys store it once, other keys would store it twice.
    /// </summary>
    [Fact]
    public void The_same_push_received_again_yields_the_same_records()
    {
        var receiver = CreateReceiver();

        var first = Keys(receiver.Receive(SamplePush, Context()));
        var second = Keys(receiver.Receive(SamplePush, Context()));

        var onlyFirst = first.Except(second).Take(5).ToList();
        var onlySecond = second.Except(first).Take(5).ToList();
        Assert.True(onlyFirst.Count == 0 && onlySecond.Count == 0,
            $"plugin '{PluginId}': the sample push received again yielded other records, so a sender's retry would be stored twice; derive record ids from the pushed data. " +
            $"First time only: {string.Join(", ", onlyFirst)}; second time only: {string.Join(", ", onlySecond)}");
    }

    /// <summary><see cref="UnauthenticatedPush"/> is not authorized, and asking does not throw (the hub would answer 500).</summary>
    [Fact]
    public void A_push_without_credentials_is_not_authorized()
    {
        var unauthenticated = UnauthenticatedPushOrSkip();
        var receiver = CreateReceiver();

        var authorized = Authorize(receiver, unauthenticated, Settings(TestSettings), "a push without credentials");

        Assert.False(authorized, $"plugin '{PluginId}' authorized a push without credentials; anyone could write into the hub");
    }

    /// <summary>
    /// With the settings the connector declares secret left out of <see cref="TestSettings"/>, the sample push is not
    /// authorized (or asking throws <see cref="InvalidSettingException"/>, which the hub answers with 503): an instance whose
    /// key was never set must not take pushes from anyone. A receiver that authenticates must hold its credentials in
    /// settings declared secret, which the hub masks.
    /// </summary>
    [Fact]
    public void An_instance_without_its_secret_settings_authorizes_no_push()
    {
        _ = UnauthenticatedPushOrSkip();
        var receiver = CreateReceiver();
        var secrets = ((IConnector)receiver).Settings.Where(s => s.Secret && TestSettings.ContainsKey(s.Name)).Select(s => s.Name).ToList();
        Assert.True(secrets.Count > 0,
            $"plugin '{PluginId}' authenticates pushes, but the test settings hold no setting its connector declares secret; declare the credentials Secret, so that the hub masks them");

        var without = new ConformanceSettings(TestSettings.Where(pair => !secrets.Contains(pair.Key)).ToDictionary(pair => pair.Key, pair => pair.Value));
        bool authorized;
        try
        {
            authorized = receiver.IsAuthorized(SamplePush, without);
        }
        catch (InvalidSettingException)
        {
            // The hub answers 503: the instance is misconfigured, and nothing is stored.
            return;
        }
        catch (Exception ex)
        {
            Assert.Fail($"plugin '{PluginId}': without the settings {string.Join(", ", secrets)} asking whether a push is authorized threw {ex.GetType().Name} ({ex.Message}); return false or throw InvalidSettingException");
            return;
        }

        Assert.False(authorized, $"plugin '{PluginId}' authorized the sample push on an instance without the settings {string.Join(", ", secrets)}; an instance whose key was never set must take no pushes");
    }

    /// <summary>
    /// <see cref="MalformedPush"/> is refused with a <see cref="PushRejectedException"/> whose message says what is wrong:
    /// the hub answers 400 with that message and stores nothing.
    /// </summary>
    [Fact]
    public void A_malformed_body_is_refused_with_a_PushRejectedException_that_says_why()
    {
        var receiver = CreateReceiver();
        PushResult result;
        try
        {
            result = receiver.Receive(MalformedPush, Context());
        }
        catch (PushRejectedException ex)
        {
            Assert.False(string.IsNullOrWhiteSpace(ex.Message), $"plugin '{PluginId}' refused a malformed body without saying why; the sender reads the message in the 400 answer");
            return;
        }
        catch (Exception ex)
        {
            Assert.Fail($"plugin '{PluginId}' threw {ex.GetType().Name} ({ex.Message}) for a malformed body; throw PushRejectedException, which the hub answers with 400 and the message, not 500");
            return;
        }

        Assert.Fail($"plugin '{PluginId}' accepted a malformed body ({result.Records?.Count ?? 0} records, {result.Rejected?.Count ?? 0} rejects); refuse it as a whole with PushRejectedException");
    }

    /// <summary>
    /// Broken bodies (empty, JSON of every other shape, truncated, nested too deep, bytes that are no UTF-8, random bytes),
    /// the sample body at a path the receiver does not serve and the sample without its headers are each refused with a
    /// <see cref="PushRejectedException"/> with a message or read into valid records and rejects. Neither asking whether
    /// they are authorized nor receiving them throws anything else, which the hub could only answer with 500.
    /// </summary>
    [Fact]
    public void Pushes_it_cannot_read_never_end_in_an_unexpected_exception()
    {
        var receiver = CreateReceiver();
        var settings = Settings(TestSettings);
        var problems = new List<string>();
        foreach (var (what, push) in BrokenPushes(SamplePush))
        {
            try
            {
                receiver.IsAuthorized(push, settings);
            }
            catch (Exception ex)
            {
                problems.Add($"{what}: asking whether it is authorized threw {ex.GetType().Name} ({ex.Message})");
            }

            try
            {
                var result = receiver.Receive(push, Context());
                problems.AddRange(Problems(result).Take(3).Select(problem => $"{what}: {problem}"));
            }
            catch (PushRejectedException ex)
            {
                if (string.IsNullOrWhiteSpace(ex.Message)) problems.Add($"{what}: refused without saying why");
            }
            catch (Exception ex)
            {
                problems.Add($"{what}: receiving it threw {ex.GetType().Name} ({ex.Message})");
            }
        }

        Assert.True(problems.Count == 0,
            $"plugin '{PluginId}' failed on pushes it cannot read in ways the hub can only answer with 500; refuse them with PushRejectedException or reject their items:\n" + string.Join("\n", problems));
    }

    /// <summary>The receiver under test, registered by a new instance of the plugin.</summary>
    protected IPushReceiver CreateReceiver()
    {
        var registry = new ConformanceRegistry(PluginId);
        CreatePlugin().Register(registry);
        var candidates = registry.Connectors.Where(c => ConnectorType?.IsInstanceOfType(c) ?? c is IPushReceiver).ToList();
        Assert.True(candidates.Count == 1,
            $"plugin '{PluginId}' registered {candidates.Count} connector(s){(ConnectorType is null ? " that take pushes" : " of type " + ConnectorType.Name)}; " +
            (ConnectorType is null ? "implement IPushReceiver on the connector, or set ConnectorType to the one to check" : "set ConnectorType to the one to check"));
        Assert.True(candidates[0] is IPushReceiver, $"plugin '{PluginId}': connector {candidates[0].GetType().Name} does not implement IPushReceiver, so it takes no pushes");
        return (IPushReceiver)candidates[0];
    }

    /// <summary>A context for <see cref="TestSettings"/>, as the hub builds one for a push.</summary>
    protected ConnectorContext Context() =>
        new(PluginId + "-conformance", PluginId + "-conformance", Settings(TestSettings), NullLogger.Instance);

    private static ConformanceSettings Settings(IReadOnlyDictionary<string, string> values) => new(values);

    private PushRequest UnauthenticatedPushOrSkip()
    {
        Assert.SkipWhen(UnauthenticatedPush is null, $"plugin '{PluginId}' gives no UnauthenticatedPush: its receiver takes pushes from anyone");
        return UnauthenticatedPush!;
    }

    private bool Authorize(IPushReceiver receiver, PushRequest request, ISettings settings, string what)
    {
        try
        {
            return receiver.IsAuthorized(request, settings);
        }
        catch (Exception ex)
        {
            Assert.Fail($"plugin '{PluginId}': asking whether {what} is authorized threw {ex.GetType().Name} ({ex.Message}); return false, which the hub answers with 401");
            return false;
        }
    }

    private static IEnumerable<string> Problems(PushResult result)
    {
        if (result.Records is null || result.Rejected is null)
        {
            yield return "the result has no list of records or of rejects";
            yield break;
        }

        foreach (var problem in CanonicalRecords.Problems(new RecordBatch(result.Records, Checkpoint.Start) { Rejected = result.Rejected })) yield return problem;
        string? notJson = null;
        try
        {
            using var _ = JsonDocument.Parse(result.ResponseJson ?? "");
        }
        catch (JsonException ex)
        {
            notJson = ex.Message;
        }

        if (notJson is not null) yield return $"the answer for the sender, '{result.ResponseJson}', is not JSON ({notJson}); the hub sends it as application/json";
    }

    private static List<string> Keys(PushResult result) =>
        [.. (result.Records ?? []).Where(r => r is not null).Select(r => $"{r.Stream} '{r.RecordId}'").Order(StringComparer.Ordinal)];

    private static IEnumerable<(string What, PushRequest Push)> BrokenPushes(PushRequest sample)
    {
        (string, byte[])[] bodies =
        [
            ("an empty body", []),
            ("the body 'null'", Encoding.UTF8.GetBytes("null")),
            ("the body '[]'", Encoding.UTF8.GetBytes("[]")),
            ("the body '{}'", Encoding.UTF8.GetBytes("{}")),
            ("the body '\"text\"'", Encoding.UTF8.GetBytes("\"text\"")),
            ("the body '42'", Encoding.UTF8.GetBytes("42")),
            ("the body '{\"a\":'", Encoding.UTF8.GetBytes("{\"a\":")),
            ("an array nested 1,000 deep", Encoding.UTF8.GetBytes(new string('[', 1000) + new string(']', 1000))),
            ("bytes that are no UTF-8", [0x7B, 0x22, 0xC3, 0x28, 0x22, 0x3A, 0xFF, 0xFE, 0x7D]),
            ("64 random bytes", RandomBytes(64)),
        ];
        foreach (var (what, body) in bodies) yield return (what, sample with { Body = body });
        yield return ("the sample body at the path 'conformance/no-such-path'", sample with { Path = "conformance/no-such-path" });
        yield return ("the sample without headers or content type", sample with { Headers = new Dictionary<string, string>(), ContentType = null });
    }

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        new Random(17).NextBytes(bytes);
        return bytes;
    }
}
