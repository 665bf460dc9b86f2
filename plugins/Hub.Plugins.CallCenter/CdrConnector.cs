using System.Runtime.CompilerServices;
using Hub.Contracts;

namespace Hub.Plugins.CallCenter;

/// <summary>
/// Calls from an Asterisk PBX. Reads the call detail records cdr_csv appends to <c>Master.csv</c> (no header row, the
/// standard 18 fields), each file from where the last sync stopped; and accepts calls pushed as JSON to
/// <c>POST /ingest/{connector id}</c>. Every call becomes an interaction of the customer whose number it is, and that
/// customer's record (phone, and the caller's name from the caller id).
/// </summary>
public sealed class CdrConnector : IConnector, IPushReceiver, IRawRecordParser
{
    /// <inheritdoc />
    public IReadOnlyList<SettingDefinition> Settings => CallCenterSettings.Definitions;

    /// <inheritdoc />
    public Task<CheckResult> CheckAsync(ConnectorContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return CdrCheck.RunAsync(context.Settings, cancellationToken);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<RecordBatch> ReadAsync(
        ConnectorContext context,
        Checkpoint checkpoint,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(checkpoint);
        var settings = context.Settings;
        var files = CdrFiles.List(CallCenterSettings.ReadPath(settings));
        var batches = CdrBatches.ReadAsync(
            files, CallOptions.Read(settings), CallCenterSettings.ReadBatchSize(settings), checkpoint, context.Logger, cancellationToken);
        await foreach (var batch in batches.ConfigureAwait(false))
        {
            yield return batch;
        }
    }

    /// <inheritdoc />
    public bool IsAuthorized(PushRequest request, ISettings settings)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(settings);
        return IngestToken.Matches(request.Headers, settings.Get(CallCenterSettings.IngestToken));
    }

    /// <inheritdoc />
    public PushResult Receive(PushRequest request, ConnectorContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        return CallPush.Receive(request, context);
    }

    /// <inheritdoc />
    /// <remarks>
    /// A payload is a CDR line or a pushed call object. Both quarantined interactions and quarantined customers can be
    /// retried: either way the call is read again and yields its records of that stream. The batch's checkpoint means nothing.
    /// </remarks>
    public RecordBatch Parse(string stream, string rawPayload, ConnectorContext context)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(rawPayload);
        ArgumentNullException.ThrowIfNull(context);
        var batch = new BatchCollector();
        if (stream is not ("interactions" or "customers"))
        {
            batch.Reject(null, rawPayload, $"the callcenter connector has no '{stream}' stream, only interactions and customers");
            return batch.TakeBatch(Checkpoint.Start);
        }

        var values = new string[CdrColumns.Count];
        var problem = rawPayload.AsSpan().TrimStart().StartsWith('{')
            ? CallJson.FillFromText(rawPayload, values)
            : CdrFields.FillFromLine(rawPayload, values);
        if (problem is not null) batch.Reject(null, rawPayload, problem);
        else batch.Add(new CallConverter(CallOptions.Read(context.Settings)).Convert(values, null, rawPayload), null, rawPayload);

        var (records, rejected) = batch.Take();
        if (stream == "customers") records.RemoveAll(r => r is not CustomerRecord);
        return new RecordBatch(records, Checkpoint.Start) { Rejected = rejected };
    }
}
