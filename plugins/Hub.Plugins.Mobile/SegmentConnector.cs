using System.Text;
using System.Text.Json;
using Hub.Contracts;

namespace Hub.Plugins.Mobile;

/// <summary>
/// A Segment-compatible tracking endpoint: app SDKs (or anything speaking Segment's HTTP Tracking API) post to
/// <c>/ingest/{connector id}/v1/batch</c> and the single-call paths, authenticated by the instance's write key. Push
/// only: there is nothing to read on a sync. See <see cref="SegmentIds"/> for how anonymous visitors link to users.
/// </summary>
public sealed class SegmentConnector : IConnector, IPushReceiver, IRawRecordParser
{
    /// <summary>The setting holding the write key SDKs present.</summary>
    public const string WriteKeySetting = "writeKey";

    /// <summary>What Segment answers to every accepted call.</summary>
    public const string SuccessJson = """{"success":true}""";

    /// <inheritdoc />
    public IReadOnlyList<SettingDefinition> Settings { get; } =
    [
        new(WriteKeySetting, "The write key app SDKs send: as the HTTP Basic user name (empty password) or as writeKey in the body", Required: true, Secret: true),
    ];

    /// <inheritdoc />
    public Task<CheckResult> CheckAsync(ConnectorContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var endpoint = $"POST /ingest/{context.ConnectorId}/v1/batch (also v1/identify, v1/track, v1/page, v1/screen, v1/group, v1/alias)";
        return Task.FromResult(string.IsNullOrWhiteSpace(context.Settings.Get(WriteKeySetting))
            ? CheckResult.Failure($"setting '{WriteKeySetting}' is not set, so no SDK can be let in; set one, then point SDKs at {endpoint}")
            : CheckResult.Success($"push endpoint {endpoint}; SDKs use the host <hub address>/ingest/{context.ConnectorId}/v1; writeKey is set"));
    }

    /// <inheritdoc />
    public IAsyncEnumerable<RecordBatch> ReadAsync(ConnectorContext context, Checkpoint checkpoint, CancellationToken cancellationToken) =>
        AsyncEnumerable.Empty<RecordBatch>();

    /// <inheritdoc />
    public bool IsAuthorized(PushRequest request, ISettings settings)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(settings);
        return SegmentAuth.IsAuthorized(request, settings.Get(WriteKeySetting));
    }

    /// <inheritdoc />
    public PushResult Receive(PushRequest request, ConnectorContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        var path = request.Path.Trim('/');
        var type = SegmentPaths.TypeOf(path);
        var body = SegmentBody.Decode(request);
        if (body.Length > SegmentLimits.BatchBytes)
        {
            throw new PushRejectedException(
                $"the body is over {SegmentLimits.BatchBytes / 1024} KB, Segment's limit per request; send fewer messages per batch");
        }

        using var document = SegmentBody.Parse(body);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
            throw new PushRejectedException(type == SegmentPaths.Batch ? "the body must be a JSON object: {\"batch\": [...]}" : "the body must be a JSON object: one Segment call");

        var now = DateTimeOffset.UtcNow;
        var mapped = new List<MappedMessage>();
        if (type == SegmentPaths.Batch)
        {
            if (!root.TryGetProperty("batch", out var batch) || batch.ValueKind != JsonValueKind.Array)
                throw new PushRejectedException("the body's 'batch' must be an array of Segment messages");
            var batchSentAt = root.TryGetProperty("sentAt", out var sentAt) ? JsonValues.Text(sentAt) : null;
            var index = 0;
            foreach (var item in batch.EnumerateArray())
            {
                var raw = item.GetRawText();
                var message = new SegmentMessage(item, raw, Encoding.UTF8.GetByteCount(raw), $"{path} message {++index}");
                mapped.Add(MessageMapper.Map(message, impliedType: null, batchSentAt, now));
            }
        }
        else
        {
            var message = new SegmentMessage(root, Encoding.UTF8.GetString(body.Span), body.Length, path);
            mapped.Add(MessageMapper.Map(message, type, batchSentAt: null, now));
        }

        return new PushResult(mapped.SelectMany(m => m.Records).ToList(), SuccessJson)
        {
            Rejected = mapped.Where(m => m.Rejected is not null).Select(m => m.Rejected!).ToList(),
        };
    }

    /// <inheritdoc />
    public RecordBatch Parse(string stream, string rawPayload, ConnectorContext context)
    {
        ArgumentNullException.ThrowIfNull(rawPayload);
        MappedMessage mapped;
        try
        {
            using var document = JsonDocument.Parse(rawPayload);
            var message = new SegmentMessage(document.RootElement, rawPayload, Encoding.UTF8.GetByteCount(rawPayload), "quarantine retry");
            // Retrying is a deliberate decision to keep the message, so Segment's size limit no longer applies.
            mapped = MessageMapper.Map(message, impliedType: null, batchSentAt: null, DateTimeOffset.UtcNow, enforceSize: false);
        }
        catch (JsonException ex)
        {
            mapped = new MappedMessage([], new RejectedRecord(stream, "quarantine retry", rawPayload, $"not valid JSON ({ex.Message})"));
        }

        return new RecordBatch(mapped.Records, Checkpoint.Start) { Rejected = mapped.Rejected is { } rejected ? [rejected] : [] };
    }
}
