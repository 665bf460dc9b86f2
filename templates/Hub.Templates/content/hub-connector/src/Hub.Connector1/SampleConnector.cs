using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Hub.Contracts;

namespace Hub.Connector1;

/// <summary>
/// Reads customers from a JSON Lines file: {"id": "...", "name": "...", "email": "..."} per line. The checkpoint is the
/// number of lines read, so a sync reads only what was appended since the last one. A line that is not a customer is
/// rejected with the reason (the hub quarantines it), never dropped.
/// </summary>
public sealed class SampleConnector : IConnector
{
    private const string PathSetting = "path";
    private const string BatchSizeSetting = "batchSize";

    /// <inheritdoc />
    public IReadOnlyList<SettingDefinition> Settings { get; } =
    [
        new(PathSetting, "The JSON Lines file of customers to read", Required: true, Type: SettingType.Path),
        new(BatchSizeSetting, "Lines per batch; each batch is stored with its checkpoint", Type: SettingType.Integer, Default: "500"),
    ];

    /// <inheritdoc />
    public Task<CheckResult> CheckAsync(ConnectorContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var path = context.Settings.Get(PathSetting);
        if (string.IsNullOrWhiteSpace(path)) return Task.FromResult(CheckResult.Failure($"setting '{PathSetting}' is required: give the file with --set {PathSetting}=..."));
        return Task.FromResult(File.Exists(path)
            ? CheckResult.Success($"{File.ReadLines(path).Count(line => line.Length > 0):N0} lines in {path}")
            : CheckResult.Failure($"file not found: {path} (give another with --set {PathSetting}=...)"));
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<RecordBatch> ReadAsync(ConnectorContext context, Checkpoint checkpoint, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(checkpoint);
        var path = context.Settings.Get(PathSetting) ?? throw new InvalidSettingException(PathSetting, $"setting '{PathSetting}' is required");
        var batchSize = int.TryParse(context.Settings.Get(BatchSizeSetting), NumberStyles.Integer, CultureInfo.InvariantCulture, out var size) && size > 0 ? size : 500;
        if (!File.Exists(path)) throw new FileNotFoundException($"file not found: {path} (give another with --set {PathSetting}=...)", path);

        var skip = checkpoint.IsStart ? 0 : long.Parse(checkpoint.Value!, CultureInfo.InvariantCulture);
        var records = new List<SourceRecord>();
        var rejected = new List<RejectedRecord>();
        long line = 0;
        using var reader = new StreamReader(path);
        while (await reader.ReadLineAsync(cancellationToken) is { } text)
        {
            line++;
            if (line <= skip) continue;
            if (text.Length > 0) Convert(text, line, records, rejected);
            if (records.Count + rejected.Count < batchSize) continue;
            cancellationToken.ThrowIfCancellationRequested();
            yield return new RecordBatch(records, new Checkpoint(line.ToString(CultureInfo.InvariantCulture))) { Rejected = rejected };
            (records, rejected) = ([], []);
        }

        if (records.Count + rejected.Count > 0)
            yield return new RecordBatch(records, new Checkpoint(line.ToString(CultureInfo.InvariantCulture))) { Rejected = rejected };
    }

    private static void Convert(string text, long line, List<SourceRecord> records, List<RejectedRecord> rejected)
    {
        var position = $"line {line}";
        try
        {
            using var json = JsonDocument.Parse(text);
            var root = json.RootElement;
            var id = root.TryGetProperty("id", out var value) ? value.ToString() : "";
            if (string.IsNullOrWhiteSpace(id))
            {
                rejected.Add(new RejectedRecord("customers", position, text, "the customer has no id"));
                return;
            }

            records.Add(new CustomerRecord
            {
                SourceId = id,
                FullName = Text(root, "name"),
                Email = Text(root, "email"),
                Position = position,
                RawPayload = text,
            });
        }
        catch (JsonException ex)
        {
            rejected.Add(new RejectedRecord("customers", position, text, "not JSON: " + ex.Message));
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
