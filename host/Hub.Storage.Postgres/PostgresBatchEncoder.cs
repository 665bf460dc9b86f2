using Hub.Contracts;
using Hub.Core.Storage;

namespace Hub.Storage.Postgres;

/// <summary>
/// Encodes an <see cref="IngestBatch"/> for <see cref="PostgresBatchWriter"/>: every record's columns, content hash and
/// JSON, in binary COPY format. No database is touched, so it runs on the thread that reads ahead while the previous batch
/// commits (<see cref="PostgresIngestStore.Prepare"/>).
/// </summary>
internal static class PostgresBatchEncoder
{
    private const int CancellationCheckInterval = 512;

    public static EncodedBatch Encode(IngestBatch batch, CancellationToken cancellationToken)
    {
        using var json = new JsonColumnWriter();
        var encoding = new StageEncoding(new ContentHasher(), json);
        CustomerStage? customers = null;
        OrderStage? orders = null;
        InteractionStage? interactions = null;
        EventStage? events = null;
        long warned = 0;
        var records = batch.Records;
        for (var i = 0; i < records.Count; i++)
        {
            if (i % CancellationCheckInterval == 0) cancellationToken.ThrowIfCancellationRequested();
            var record = records[i];
            switch (record)
            {
                case CustomerRecord customer: (customers ??= new CustomerStage(encoding)).Add(customer); break;
                case OrderRecord order: (orders ??= new OrderStage(encoding)).Add(order); break;
                case InteractionRecord interaction: (interactions ??= new InteractionStage(encoding)).Add(interaction); break;
                case EventRecord @event: (events ??= new EventStage(encoding)).Add(@event); break;
                default: throw BatchBookkeeping.Unsupported(record);
            }

            if (record.Warnings.Count > 0) warned++;
        }

        var stages = new List<EncodedStage>(4);
        try
        {
            if (customers is not null) stages.Add(customers.Encode(cancellationToken));
            if (orders is not null) stages.Add(orders.Encode(cancellationToken));
            if (interactions is not null) stages.Add(interactions.Encode(cancellationToken));
            if (events is not null) stages.Add(events.Encode(cancellationToken));
        }
        catch
        {
            foreach (var stage in stages) stage.Dispose();
            throw;
        }

        return new EncodedBatch(stages, warned);
    }
}
