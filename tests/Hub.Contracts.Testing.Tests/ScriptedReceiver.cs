using System.Text.Json;
using Hub.Contracts;

namespace Hub.Contracts.Testing.Tests;

/// <summary>
/// A push-only connector taking <c>{"customers": [{"id": ..., "name": ...}]}</c> from senders that present the instance's
/// <c>key</c> in <c>x-key</c>, with one fault switched on at a time: the kit must pass it when none is and fail it, with a
/// message naming the plugin, when one is.
/// </summary>
internal sealed class ScriptedReceiver(PushFault fault) : IConnector, IPushReceiver, IHubPlugin
{
    public const string Key = "k-123";

    public const string Body = """{"customers": [{"id": "c1", "name": "Ann"}, {"id": "c2", "name": "Bob"}, {"name": "no id"}]}""";

    public IReadOnlyList<SettingDefinition> Settings { get; } =
        [new("key", "The key senders present in x-key.", Required: true, Secret: fault != PushFault.KeyNotDeclaredSecret)];

    public void Register(IPluginRegistry registry) => registry.AddConnector(fault == PushFault.NotAReceiver ? new ReadOnlyConnector() : this);

    public Task<CheckResult> CheckAsync(ConnectorContext context, CancellationToken cancellationToken) =>
        Task.FromResult(context.Settings.Get("key") is null ? CheckResult.Failure("setting 'key' is required") : CheckResult.Success("senders push to /ingest/ID"));

    public IAsyncEnumerable<RecordBatch> ReadAsync(ConnectorContext context, Checkpoint checkpoint, CancellationToken cancellationToken) =>
        AsyncEnumerable.Empty<RecordBatch>();

    public bool IsAuthorized(PushRequest request, ISettings settings)
    {
        if (fault == PushFault.AuthorizesAnyone) return true;
        var key = settings.Get("key");
        request.Headers.TryGetValue("x-key", out var sent);
        if (fault == PushFault.AuthorizingWithoutCredentialsThrows) return sent!.Trim() == key;
        // "No key set, no check" is the fault: an instance nobody configured takes pushes from anyone.
        if (fault == PushFault.OpenWithoutKey && key is null) return true;
        return key is not null && sent == key;
    }

    public PushResult Receive(PushRequest request, ConnectorContext context)
    {
        if (fault == PushFault.CrashesOnEmptyBody) _ = request.Body.Span[0];
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(request.Body);
        }
        catch (JsonException ex) when (fault != PushFault.LeaksJsonException)
        {
            if (fault == PushFault.AcceptsMalformedBodies) return new PushResult([], "{}");
            throw new PushRejectedException($"the body is not JSON ({ex.Message})");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("customers", out var items) || items.ValueKind != JsonValueKind.Array)
                throw new PushRejectedException("the body must be an object with a 'customers' array");

            var records = new List<SourceRecord>();
            var rejected = new List<RejectedRecord>();
            foreach (var item in items.EnumerateArray())
            {
                var id = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("id", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
                if (id is null)
                {
                    rejected.Add(new RejectedRecord("customers", null, item.GetRawText(), "the customer has no id"));
                    continue;
                }

                records.Add(new CustomerRecord
                {
                    SourceId = fault switch
                    {
                        PushFault.RecordWithoutId => "",
                        PushFault.NewIdEachTime => Guid.NewGuid().ToString(),
                        _ => id,
                    },
                    FullName = item.TryGetProperty("name", out var name) ? name.GetString() : null,
                });
            }

            return new PushResult(records, fault == PushFault.AnswerNotJson ? "ok" : """{"accepted": true}""") { Rejected = rejected };
        }
    }

    /// <summary>A connector that only reads: it takes no pushes.</summary>
    private sealed class ReadOnlyConnector : IConnector
    {
        public IReadOnlyList<SettingDefinition> Settings { get; } = [new("key", "The key.", Required: true, Secret: true)];

        public Task<CheckResult> CheckAsync(ConnectorContext context, CancellationToken cancellationToken) => Task.FromResult(CheckResult.Success("ok"));

        public IAsyncEnumerable<RecordBatch> ReadAsync(ConnectorContext context, Checkpoint checkpoint, CancellationToken cancellationToken) =>
            AsyncEnumerable.Empty<RecordBatch>();
    }
}

public enum PushFault
{
    None,
    NotAReceiver,
    AnswerNotJson,
    RecordWithoutId,
    NewIdEachTime,
    AuthorizesAnyone,
    AuthorizingWithoutCredentialsThrows,
    OpenWithoutKey,
    KeyNotDeclaredSecret,
    LeaksJsonException,
    AcceptsMalformedBodies,
    CrashesOnEmptyBody,
}
