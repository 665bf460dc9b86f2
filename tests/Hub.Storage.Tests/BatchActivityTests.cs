using Hub.Contracts;

namespace Hub.Storage.Tests;

/// <summary>The activity columns of customers (first and last order and interaction, counts) follow every ingested batch.</summary>
public abstract class BatchActivityTests(StorageEngine engine) : StorageTests(engine)
{
    [Fact]
    public async Task A_batch_brings_the_activity_of_the_customers_its_orders_and_interactions_belong_to_up_to_date()
    {
        await using var db = await CustomersAsync();
        var call = new InteractionRecord { InteractionId = "call-1", CustomerSourceId = "c1", OccurredAt = At(3), Channel = "call" };

        await db.Ingest.CommitBatchAsync(Some.Batch(await db.StartRunAsync(), [Order("o1", "c1", 1), Order("o2", "c1", 5), call]), Ct);

        Assert.Equal($"2|{Text(1)}|{Text(5)}|1|{Text(3)}", await ActivityAsync(db, 1));
        Assert.Equal("0|||0|", await ActivityAsync(db, 2));
    }

    [Fact]
    public async Task An_order_that_moves_to_another_customer_leaves_the_first_and_counts_for_the_second()
    {
        await using var db = await CustomersAsync();
        await db.Ingest.CommitBatchAsync(Some.Batch(await db.StartRunAsync(), [Order("o1", "c1", 1), Order("o2", "c1", 5)]), Ct);

        await db.Ingest.CommitBatchAsync(Some.Batch(await db.StartRunAsync(), [Order("o2", "c2", 5), Order("o1", "c1", 1) with { IsDeleted = true }]), Ct);

        Assert.Equal("0|||0|", await ActivityAsync(db, 1));
        Assert.Equal($"1|{Text(5)}|{Text(5)}|0|", await ActivityAsync(db, 2));
    }

    // Two customer records, each the only record of its customer (as a resolution would have left them).
    private async Task<TestDatabase> CustomersAsync()
    {
        var db = await CreateDatabaseAsync();
        await db.Ingest.CommitBatchAsync(Some.Batch(await db.StartRunAsync(), Some.Customers(2)), Ct);
        await db.ScalarAsync<long>("INSERT INTO customers (number, kind, record_count) VALUES (1, 'Person', 1), (2, 'Person', 1) RETURNING number;");
        await db.ScalarAsync<long>("UPDATE customer_records SET customer_number = CASE source_id WHEN 'c1' THEN 1 ELSE 2 END RETURNING id;");
        return db;
    }

    private static Task<string> ActivityAsync(TestDatabase db, long number) => db.ScalarAsync<string>(
        "SELECT order_count || '|' || coalesce(first_order_at, '') || '|' || coalesce(last_order_at, '') || '|' || " +
        $"interaction_count || '|' || coalesce(last_interaction_at, '') FROM customers WHERE number = {number};");

    private static OrderRecord Order(string orderId, string customer, int day) => Some.Order(orderId, customer) with { OrderedAt = At(day) };

    private static DateTimeOffset At(int day) => new(2025, 3, day, 9, 0, 0, TimeSpan.Zero);

    private static string Text(int day) => Hub.Storage.Common.IsoText.Timestamp(At(day));
}

public sealed class SqliteBatchActivityTests() : BatchActivityTests(StorageEngine.Sqlite);

public sealed class PostgresBatchActivityTests() : BatchActivityTests(StorageEngine.Postgres);
