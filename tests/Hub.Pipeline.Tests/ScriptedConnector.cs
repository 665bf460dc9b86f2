using System.Runtime.CompilerServices;
using Hub.Contracts;

namespace Hub.Pipeline.Tests;

/// <summary>
/// A connector over a fixed list of customers, read in batches whose checkpoint is the index reached; it can be
/// told to fail after a number of batches, as a source that drops the connection would.
/// </summary>
internal sealed class ScriptedConnector(IReadOnlyList<SourceRecord> records, int batchSize, int failAfterBatches = int.MaxValue) : IConnector
{
    public List<string?> CheckpointsReadFrom { get; } = [];

    public IReadOnlyList<SettingDefinition> Settings => [];

    public Task<CheckResult> CheckAsync(ConnectorContext context, CancellationToken cancellationToken) => Task.FromResult(CheckResult.Success("ok"));

    public async IAsyncEnumerable<RecordBatch> ReadAsync(ConnectorContext context, Checkpoint checkpoint, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        CheckpointsReadFrom.Add(checkpoint.Value);
        var position = checkpoint.IsStart ? 0 : int.Parse(checkpoint.Value!, System.Globalization.CultureInfo.InvariantCulture);
        for (var batches = 0; position < records.Count; batches++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (batches == failAfterBatches) throw new HttpRequestException("the source closed the connection");
            var batch = records.Skip(position).Take(batchSize).ToList();
            position += batch.Count;
            await Task.Yield();
            yield return new RecordBatch(batch, new Checkpoint(position.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }
}
