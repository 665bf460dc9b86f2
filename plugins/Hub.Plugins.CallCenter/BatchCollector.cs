using Hub.Contracts;

namespace Hub.Plugins.CallCenter;

/// <summary>
/// Gathers the records of a batch: each call's interaction, one customer record per phone number (the host upserts
/// them anyway; sending each once per batch saves it the work), and the calls that could not be read.
/// </summary>
internal sealed class BatchCollector
{
    private List<InteractionRecord> _interactions = [];
    private Dictionary<string, CustomerRecord> _customers = new(StringComparer.Ordinal);
    private List<RejectedRecord> _rejected = [];

    /// <summary>Calls gathered so far, read or rejected; what the batch size counts.</summary>
    public int Count => _interactions.Count + _rejected.Count;

    public int Accepted => _interactions.Count;

    public int RejectedCount => _rejected.Count;

    public void Add(CallConversion call, string? position, string raw)
    {
        if (call.Reason is { } reason)
        {
            Reject(position, raw, reason);
            return;
        }

        _interactions.Add(call.Interaction!);
        var customer = call.Customer!;
        // A later call from the same number wins, unless it carries no name and an earlier one did.
        if (!_customers.TryGetValue(customer.SourceId, out var known) || customer.FullName is not null || known.FullName is null)
        {
            _customers[customer.SourceId] = customer;
        }
    }

    public void Reject(string? position, string raw, string reason) =>
        _rejected.Add(new RejectedRecord("interactions", position, raw, reason));

    /// <summary>The records gathered, customers first, and the rejected calls; the collector starts over empty.</summary>
    public (List<SourceRecord> Records, List<RejectedRecord> Rejected) Take()
    {
        var records = new List<SourceRecord>(_customers.Count + _interactions.Count);
        records.AddRange(_customers.Values);
        records.AddRange(_interactions);
        var rejected = _rejected;
        _interactions = [];
        _customers = new(StringComparer.Ordinal);
        _rejected = [];
        return (records, rejected);
    }

    public RecordBatch TakeBatch(Checkpoint checkpoint)
    {
        var (records, rejected) = Take();
        return new RecordBatch(records, checkpoint) { Rejected = rejected };
    }
}
