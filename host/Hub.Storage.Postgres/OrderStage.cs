using Hub.Contracts;

namespace Hub.Storage.Postgres;

/// <summary>
/// Stages orders by (source, stream, order id). An order is not linked to a customer row: it attaches by (source, customer
/// source id), so an order that arrives before its customer attaches as soon as the customer does.
/// </summary>
internal sealed class OrderStage(StageEncoding encoding) : RecordStage<OrderRecord>(encoding, "orders",
    [new("stream", "text"), new("order_id", "text")],
    [new("customer_source_id", "text"), new("ordered_at", "text"), new("amount", "numeric"), new("currency", "text"), new("lines", "text")],
    notesCustomers: true)
{
    protected override bool WriteColumns(StageRow row, OrderRecord record)
    {
        var orderedAt = IsoText.Timestamp(record.OrderedAt);
        var lines = Json.OrderLines(record.Lines);
        // The hash takes the amount's text form, as the SQLite engine stores it, so both engines tell a change alike.
        Hasher.Start(record.Stream).Add(record.CustomerSourceId).Add(orderedAt).Add(IsoText.Decimal(record.Amount)).Add(record.Currency).Add(lines);

        row.Text(record.Stream);
        row.Text(record.OrderId);
        row.Text(record.CustomerSourceId);
        row.Text(orderedAt);
        row.Number(record.Amount);
        row.Text(record.Currency);
        row.Text(lines);
        return record.IsDeleted;
    }
}
