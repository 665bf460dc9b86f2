namespace Hub.Storage.Postgres;

/// <summary>
/// Brings the activity columns of the customers a batch's orders and interactions belong to (first and last order and
/// interaction, counts) up to date inside the batch's transaction. The order and interaction upserts note the customer
/// source ids of the rows they changed, and the old one of a row that moved to another customer, in a temporary table.
/// <para>
/// Two batches (of different sources, on different nodes) may change the same customer's activity at once. Each locks the
/// customer rows before it recomputes them, in number order, and recomputes in a later statement: under READ COMMITTED that
/// statement sees every batch that refreshed them before (it committed to release the locks), and a batch still writing
/// refreshes after this one commits, seeing it. So no batch's orders go missing from the columns.
/// </para>
/// </summary>
internal sealed class PostgresBatchActivity(StageContext context)
{
    public const string Table = "hub_stage_activity";

    private const string Lock =
        "SELECT c.number FROM customers c WHERE c.number IN (" +
        "SELECT r.customer_number FROM customer_records r JOIN " + Table + " a ON r.source_id = a.customer_source_id " +
        "WHERE r.source = @source AND r.customer_number IS NOT NULL AND NOT r.is_deleted) " +
        "ORDER BY c.number FOR NO KEY UPDATE OF c;";

    // Aggregates without GROUP BY give one row even for no orders: count 0 and no dates, the columns' defaults.
    private const string Refresh =
        "UPDATE customers c SET first_order_at = o.first_at, last_order_at = o.last_at, order_count = o.n, " +
        "first_interaction_at = i.first_at, last_interaction_at = i.last_at, interaction_count = i.n " +
        "FROM unnest(@numbers) AS chosen (number) " +
        "CROSS JOIN LATERAL (SELECT min(x.ordered_at) AS first_at, max(x.ordered_at) AS last_at, count(*) AS n " +
        "FROM customer_records r JOIN orders x ON x.source = r.source AND x.customer_source_id = r.source_id " +
        "WHERE r.customer_number = chosen.number AND NOT r.is_deleted AND NOT x.is_deleted) AS o " +
        "CROSS JOIN LATERAL (SELECT min(x.occurred_at) AS first_at, max(x.occurred_at) AS last_at, count(*) AS n " +
        "FROM customer_records r JOIN interactions x ON x.source = r.source AND x.customer_source_id = r.source_id " +
        "WHERE r.customer_number = chosen.number AND NOT r.is_deleted AND NOT x.is_deleted) AS i " +
        "WHERE c.number = chosen.number;";

    private bool _watching;

    /// <summary>Call before the batch's first order or interaction is upserted.</summary>
    public async Task WatchAsync(CancellationToken cancellationToken)
    {
        if (_watching) return;
        await using var create = context.Command($"CREATE TEMP TABLE {Table} (customer_source_id text COLLATE \"C\") ON COMMIT DROP;");
        await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        _watching = true;
    }

    /// <summary>Recomputes the activity of every customer the batch changed; returns how many.</summary>
    public async Task<int> RefreshAsync(CancellationToken cancellationToken)
    {
        if (!_watching) return 0;
        var numbers = new List<long>();
        await using (var locking = context.Command(Lock))
        {
            locking.Parameters.AddWithValue("source", context.Source);
            await using var reader = await locking.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) numbers.Add(reader.GetInt64(0));
        }

        if (numbers.Count == 0) return 0;
        await using var refresh = context.Command(Refresh);
        refresh.Parameters.AddWithValue("numbers", numbers.ToArray());
        await refresh.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return numbers.Count;
    }
}
