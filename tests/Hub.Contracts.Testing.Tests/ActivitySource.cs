using System.Globalization;
using System.Runtime.CompilerServices;
using Hub.Contracts;

namespace Hub.Contracts.Testing.Tests;

/// <summary>
/// A connector over six orders of three customers, two orders a batch, whose checkpoint is the count read so far. Like
/// connectors that fetch a person's profile with the activity, every read sends each customer once, just before the first
/// of their orders it reads. With <c>resendsEveryone</c> it sends every customer with its first batch instead, whether or
/// not an order of theirs follows: a real repeat.
/// </summary>
internal sealed class ActivitySource(bool resendsEveryone) : IConnector, IHubPlugin
{
    private static readonly string[] OrderCustomers = ["ann", "bob", "ann", "cat", "bob", "cat"];

    public IReadOnlyList<SettingDefinition> Settings { get; } = [];

    public void Register(IPluginRegistry registry) => registry.AddConnector(this);

    public Task<CheckResult> CheckAsync(ConnectorContext context, CancellationToken cancellationToken) => Task.FromResult(CheckResult.Success("6 orders"));

    public async IAsyncEnumerable<RecordBatch> ReadAsync(ConnectorContext context, Checkpoint checkpoint, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var from = checkpoint.IsStart ? 0 : int.Parse(checkpoint.Value!, CultureInfo.InvariantCulture);
        var sent = new HashSet<string>();
        for (var position = from; position < OrderCustomers.Length; position += 2)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            var records = new List<SourceRecord>();
            if (resendsEveryone && position == from) records.AddRange(OrderCustomers.Distinct().Where(sent.Add).Select(Customer));
            for (var i = position; i < position + 2; i++)
            {
                if (sent.Add(OrderCustomers[i])) records.Add(Customer(OrderCustomers[i]));
                records.Add(new OrderRecord
                {
                    OrderId = "o" + i.ToString(CultureInfo.InvariantCulture),
                    CustomerSourceId = OrderCustomers[i],
                    OrderedAt = new DateTimeOffset(2024, 1, 1 + i, 12, 0, 0, TimeSpan.Zero),
                    Amount = 10,
                    Currency = "EUR",
                });
            }

            yield return new RecordBatch(records, new Checkpoint((position + 2).ToString(CultureInfo.InvariantCulture)));
        }
    }

    private static CustomerRecord Customer(string id) => new() { SourceId = id };
}
