using System.Runtime.CompilerServices;
using System.Text;
using Hub.Contracts;

namespace Hub.Pipeline.Tests;

/// <summary>
/// A push connector with a trivial wire format: one customer per line as <c>id;name;email</c>; a line starting with
/// <c>!</c> is an item the plugin itself rejects; a body of <c>BAD</c> cannot be read at all. Authorized by
/// <c>Authorization: Bearer &lt;token setting&gt;</c>. A sync yields one customer, so checkpoints can be watched.
/// </summary>
internal sealed class LinesReceiver : IConnector, IPushReceiver
{
    public IReadOnlyList<SettingDefinition> Settings { get; } = [new("token", "the push token", Required: true, Secret: true)];

    public Task<CheckResult> CheckAsync(ConnectorContext context, CancellationToken cancellationToken) => Task.FromResult(CheckResult.Success("ok"));

    public async IAsyncEnumerable<RecordBatch> ReadAsync(ConnectorContext context, Checkpoint checkpoint, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        yield return new RecordBatch([new CustomerRecord { SourceId = "synced" }], new Checkpoint("file-offset-42"));
    }

    public bool IsAuthorized(PushRequest request, ISettings settings) =>
        request.Headers.TryGetValue("authorization", out var header) && header == "Bearer " + settings.GetRequired("token");

    public PushResult Receive(PushRequest request, ConnectorContext context)
    {
        var text = Encoding.UTF8.GetString(request.Body.Span);
        if (text == "BAD") throw new PushRejectedException("line 1 is not id;name;email");

        var records = new List<SourceRecord>();
        var rejected = new List<RejectedRecord>();
        foreach (var (line, index) in text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select((l, i) => (l, i + 1)))
        {
            if (line.StartsWith('!')) { rejected.Add(new RejectedRecord("customers", $"line {index}", line, line[1..])); continue; }
            var parts = line.Split(';');
            records.Add(new CustomerRecord { SourceId = parts[0], FullName = parts.ElementAtOrDefault(1), Email = parts.ElementAtOrDefault(2), Position = $"line {index}", RawPayload = line });
        }

        return new PushResult(records, """{"ok":true}""") { Rejected = rejected };
    }
}
