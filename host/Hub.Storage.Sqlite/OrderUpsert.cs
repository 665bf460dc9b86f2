using Hub.Contracts;

namespace Hub.Storage.Sqlite;

/// <summary>
/// Upserts orders by (source, stream, order id). An order is not linked to a customer row: it attaches by
/// (source, customer source id), so an order that arrives before its customer attaches as soon as the customer does.
/// </summary>
internal sealed class OrderUpsert : RecordUpsert
{
    private static readonly string[] DataColumns = ["customer_source_id", "ordered_at", "amount", "currency", "lines"];

    private readonly int _stream;
    private readonly int _data;

    public OrderUpsert(IngestContext context) : base(context, "orders", ["stream", "order_id"], DataColumns)
    {
        // The order id follows the stream; the data columns follow in DataColumns order.
        _stream = Column("stream");
        _data = Column("customer_source_id");
    }

    public UpsertResult Upsert(OrderRecord record)
    {
        var orderedAt = IsoText.Timestamp(record.OrderedAt);
        var amount = IsoText.Decimal(record.Amount);
        var lines = Json.OrderLines(record.Lines);
        Hasher.Start(record.Stream).Add(record.CustomerSourceId).Add(orderedAt).Add(amount).Add(record.Currency).Add(lines);

        var s = Statement;
        s.Bind(_stream, record.Stream);
        s.Bind(_stream + 1, record.OrderId);
        s.Bind(_data, record.CustomerSourceId);
        s.Bind(_data + 1, orderedAt);
        s.Bind(_data + 2, amount);
        s.Bind(_data + 3, record.Currency);
        s.Bind(_data + 4, lines);
        return Execute(record, clearData: record.IsDeleted);
    }
}
