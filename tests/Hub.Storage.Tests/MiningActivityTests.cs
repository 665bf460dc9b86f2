using Hub.Contracts;
using Hub.Core.Storage;

namespace Hub.Storage.Tests;

public abstract class MiningActivityTests(StorageEngine engine) : StorageTests(engine)
{
    [Fact]
    public async Task Each_customer_comes_once_with_the_activity_of_all_its_records_up_to_the_end_of_the_as_of_day()
    {
        await using var db = await CreateDatabaseAsync();
        var day = new DateTimeOffset(2025, 3, 31, 0, 0, 0, TimeSpan.Zero);
        await db.Ingest.CommitBatchAsync(Some.Batch(await db.StartRunAsync(),
        [
            Some.Customer("a"), Some.Customer("b"), Some.Customer("c") with { Company = null },
            Some.Order("o2", "b", 20) with { OrderedAt = day.AddHours(23) },
            Some.Order("o1", "a", 10) with { OrderedAt = day.AddDays(-5) },
            // The first moment of the next day (UTC) is after the as-of day, whatever the offset it was written with.
            Some.Order("late", "a", 99) with { OrderedAt = new DateTimeOffset(2025, 4, 1, 7, 0, 0, TimeSpan.FromHours(7)) },
            new InteractionRecord { InteractionId = "g1", CustomerSourceId = "c", OccurredAt = day, Channel = "app", Type = "group",
                Attributes = new Dictionary<string, string> { ["groupId"] = "acct-7" } },
            new EventRecord { EventId = "e1", CustomerSourceId = "c", Name = "Survey Answered", OccurredAt = day.AddDays(-1), PropertiesJson = """{"nps":9}""" },
        ]), Ct);
        var rows = (await db.Identity.LoadCustomerRecordsAsync(Ct)).ToDictionary(r => r.SourceId, r => r.RowId);
        // a and b are one customer; c another.
        var assignment = new Dictionary<long, long> { [rows["a"]] = 1, [rows["b"]] = 1, [rows["c"]] = 2 };
        await db.Identity.SaveResolutionAsync(new ResolutionOutcome(assignment,
            [Some.Golden(1, "Ann") with { Company = "  ACME Ltd " }, Some.Golden(2, "Bo") with { Country = "CN" }]), Ct);

        var customers = await ReadAsync(db, new DateOnly(2025, 3, 31));

        Assert.Equal(["cus_1", "cus_2"], customers.Select(c => c.CustomerId));
        Assert.Equal(["o1", "o2"], customers[0].Orders.Select(o => o.OrderId));
        Assert.Equal(["SKU-1"], customers[0].Orders[0].Lines.Select(l => l.Sku));
        Assert.Equal(["company:acme ltd"], customers[0].Profile.Groups);
        Assert.Equal("Ann", customers[0].Profile.DisplayName);
        Assert.Equal("gold", customers[0].Profile.Attributes["shop:tier"]);
        Assert.NotNull(customers[0].Profile.FirstSeenAt);
        Assert.Empty(customers[1].Orders);
        Assert.Equal(["segment-group:acct-7"], customers[1].Profile.Groups);
        Assert.Equal("CN", customers[1].Profile.Country);
        Assert.Equal("""{"nps":9}""", Assert.Single(customers[1].Events).PropertiesJson);
        Assert.Single(customers[1].Interactions);

        var earlier = await ReadAsync(db, new DateOnly(2025, 3, 30));
        Assert.Equal(["o1"], earlier[0].Orders.Select(o => o.OrderId));
        Assert.Empty(earlier[1].Interactions);
    }

    // The same merge over rows written straight into the tables (as ingest and resolution store them), so it runs on an
    // engine whose ingest and identity stores are not ported yet; it also covers deleted rows and decimal values.
    [Fact]
    public async Task The_merge_reads_live_rows_only_with_money_and_scores_exact()
    {
        await using var db = await CreateDatabaseAsync();
        const string Seen = "'2025-01-01T00:00:00.0000000Z', '2025-01-01T00:00:00.0000000Z', 1";
        await db.ScalarAsync<long>("INSERT INTO connectors (id, plugin_id, created_at) VALUES ('gh', 'github', '2025-01-01T00:00:00.0000000Z');");
        await db.ScalarAsync<long>(
            "INSERT INTO customer_records (source, source_id, kind, attributes, content_hash, first_seen, last_changed, last_run_id, customer_number, is_deleted) VALUES " +
            $"('shop', 'a', 'Person', '{{\"tier\":\"gold\"}}', 0, {Seen}, 1, FALSE), " +
            $"('gh', 'a', 'Person', '{{\"organization\":\"Octo, Hub\"}}', 0, {Seen}, 1, FALSE), " +
            $"('shop', 'gone', 'Person', '{{}}', 0, {Seen}, 1, TRUE), " +
            $"('shop', 'c', 'Person', '{{}}', 0, {Seen}, 3, FALSE), " +
            $"('shop', 'loose', 'Person', '{{}}', 0, {Seen}, NULL, FALSE);");
        await db.ScalarAsync<long>(
            "INSERT INTO orders (source, stream, order_id, customer_source_id, ordered_at, amount, currency, content_hash, first_seen, last_changed, last_run_id, is_deleted) VALUES " +
            $"('shop', 'orders', 'o2', 'a', '2025-03-02T00:00:00.0000000Z', '0.10', 'EUR', 0, {Seen}, FALSE), " +
            $"('shop', 'orders', 'o1', 'a', '2025-03-01T00:00:00.0000000Z', '12345678901234.5678', 'EUR', 0, {Seen}, FALSE), " +
            $"('shop', 'orders', 'cancelled', 'a', '2025-03-01T00:00:00.0000000Z', 1, 'EUR', 0, {Seen}, TRUE), " +
            $"('shop', 'orders', 'of-gone', 'gone', '2025-03-01T00:00:00.0000000Z', 1, 'EUR', 0, {Seen}, FALSE), " +
            $"('shop', 'orders', 'of-loose', 'loose', '2025-03-01T00:00:00.0000000Z', 1, 'EUR', 0, {Seen}, FALSE);");
        await db.ScalarAsync<long>(
            "INSERT INTO interactions (source, stream, interaction_id, customer_source_id, occurred_at, channel, duration_ms, score, content_hash, first_seen, last_changed, last_run_id) VALUES " +
            $"('shop', 'calls', 'i1', 'c', '2025-03-03T00:00:00.0000000Z', 'phone', 90000, '4.25', 0, {Seen});");
        await db.ScalarAsync<long>("INSERT INTO customers (number, kind, display_name, record_count) VALUES (1, 'Person', 'Ann', 3), (2, 'Person', 'Nobody', 0), (3, 'Organization', 'Co', 1);");

        var customers = await ReadAsync(db, new DateOnly(2025, 3, 31));

        Assert.Equal(["cus_1", "cus_2", "cus_3"], customers.Select(c => c.CustomerId));
        Assert.Equal(["o1", "o2"], customers[0].Orders.Select(o => o.OrderId));
        Assert.Equal([12345678901234.5678m, 0.10m], customers[0].Orders.Select(o => o.Amount));
        Assert.Equal(["github-org:hub", "github-org:octo"], customers[0].Profile.Groups);
        Assert.Equal("gold", customers[0].Profile.Attributes["shop:tier"]);
        Assert.Empty(customers[1].Orders);
        Assert.Equal(CustomerKind.Organization, customers[2].Kind);
        var call = Assert.Single(customers[2].Interactions);
        Assert.Equal(4.25m, call.Score);
        Assert.Equal(TimeSpan.FromSeconds(90), call.Duration);
    }

    private static async Task<List<CustomerActivity>> ReadAsync(TestDatabase db, DateOnly asOf)
    {
        var customers = new List<CustomerActivity>();
        await foreach (var customer in db.MiningActivity.ReadAsync(asOf, Ct)) customers.Add(customer);
        return customers;
    }
}

public sealed class SqliteMiningActivityTests() : MiningActivityTests(StorageEngine.Sqlite)
{
    private const string Seen = "'2025-01-01T00:00:00.0000000Z', '2025-01-01T00:00:00.0000000Z', 1";

    // The customer numbers are read in ranges side by side, one connection each; all of them start on one state of the file,
    // and the customers still come in number order.
    [Fact]
    public async Task The_ranges_read_side_by_side_see_the_file_as_it_was_when_the_read_began_and_come_in_order()
    {
        await using var db = await CreateDatabaseAsync();
        await AddCustomersWithOneOrderEachAsync(db, 40);

        var customers = new List<CustomerActivity>();
        await foreach (var customer in db.MiningActivity.ReadAsync(new DateOnly(2025, 3, 31), Ct))
        {
            if (customers.Count == 0)
            {
                // Committed while the first customer is being handed on: an order of the last customer, and a customer more.
                await db.ScalarAsync<long>($"INSERT INTO orders (source, stream, order_id, customer_source_id, ordered_at, amount, currency, content_hash, first_seen, last_changed, last_run_id) VALUES ('shop', 'orders', 'late', 'c40', '2025-03-01T00:00:00.0000000Z', 5, 'EUR', 0, {Seen});");
                await db.ScalarAsync<long>("INSERT INTO customers (number, kind, record_count) VALUES (41, 'Person', 0);");
            }

            customers.Add(customer);
        }

        Assert.Equal(Enumerable.Range(1, 40).Select(n => $"cus_{n}"), customers.Select(c => c.CustomerId));
        Assert.All(customers, c => Assert.Equal($"o{c.CustomerId[4..]}", Assert.Single(c.Orders).OrderId));
    }

    // A snapshot holds every order of the hub for a whole run: the few repeated texts are kept once, not once per order.
    [Fact]
    public async Task The_orders_of_a_snapshot_share_one_copy_of_each_repeated_text()
    {
        await using var db = await CreateDatabaseAsync();
        await AddCustomersWithOneOrderEachAsync(db, 40);

        var customers = new List<CustomerActivity>();
        await foreach (var customer in db.MiningActivity.ReadAsync(new DateOnly(2025, 3, 31), Ct)) customers.Add(customer);

        // One copy per range read side by side (at most 4), not one per order.
        var orders = customers.Select(c => Assert.Single(c.Orders)).ToList();
        Assert.InRange(orders.Select(o => (object)o.Currency).Distinct(ReferenceEqualityComparer.Instance).Count(), 1, 4);
        Assert.InRange(orders.Select(o => (object?)o.Position).Distinct(ReferenceEqualityComparer.Instance).Count(), 1, 4);
        Assert.All(orders, o => Assert.Equal("EUR", o.Currency));
    }

    // Starting the ranges on one state needs the write lock for a moment; a long write holding it past the busy timeout
    // makes the read go through one connection instead of failing.
    [Fact]
    public async Task A_write_holding_the_lock_leaves_the_read_to_one_connection_and_it_still_sees_everyone()
    {
        await using var db = await CreateDatabaseAsync();
        await AddCustomersWithOneOrderEachAsync(db, 10);
        await using var writer = await db.OpenAsync();
        await using (var begin = writer.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE;";
            await begin.ExecuteNonQueryAsync(Ct);
        }

        var customers = new List<CustomerActivity>();
        await foreach (var customer in db.MiningActivity.ReadAsync(new DateOnly(2025, 3, 31), Ct)) customers.Add(customer);

        Assert.Equal(10, customers.Count);
        Assert.All(customers, c => Assert.Single(c.Orders));
    }

    private static async Task AddCustomersWithOneOrderEachAsync(TestDatabase db, int count)
    {
        var numbers = Enumerable.Range(1, count).ToList();
        await db.ScalarAsync<long>("INSERT INTO customer_records (source, source_id, kind, content_hash, first_seen, last_changed, last_run_id, customer_number) VALUES " +
            string.Join(", ", numbers.Select(n => $"('shop', 'c{n}', 'Person', 0, {Seen}, {n})")) + ";");
        await db.ScalarAsync<long>("INSERT INTO customers (number, kind, record_count) VALUES " +
            string.Join(", ", numbers.Select(n => $"({n}, 'Person', 1)")) + ";");
        await db.ScalarAsync<long>("INSERT INTO orders (source, stream, order_id, customer_source_id, ordered_at, amount, currency, content_hash, first_seen, last_changed, last_run_id) VALUES " +
            string.Join(", ", numbers.Select(n => $"('shop', 'orders', 'o{n}', 'c{n}', '2025-02-01T00:00:00.0000000Z', {n}, 'EUR', 0, {Seen})")) + ";");
    }
}

public sealed class PostgresMiningActivityTests() : MiningActivityTests(StorageEngine.Postgres)
{
    // Five connections share one exported snapshot: a write committed while the read goes on is seen by none of them.
    [Fact]
    public async Task The_five_statements_see_the_database_as_it_was_when_the_read_began()
    {
        await using var db = await TestDatabase.CreateAsync(StorageEngine.Postgres);
        const string Seen = "'2025-01-01T00:00:00.0000000Z', '2025-01-01T00:00:00.0000000Z', 1";
        await db.ScalarAsync<long>($"INSERT INTO customer_records (source, source_id, kind, content_hash, first_seen, last_changed, last_run_id, customer_number) VALUES ('shop', 'a', 'Person', 0, {Seen}, 1), ('shop', 'b', 'Person', 0, {Seen}, 2);");
        await db.ScalarAsync<long>("INSERT INTO customers (number, kind, record_count) VALUES (1, 'Person', 1), (2, 'Person', 1);");

        var customers = new List<CustomerActivity>();
        await foreach (var customer in db.MiningActivity.ReadAsync(new DateOnly(2025, 3, 31), Ct))
        {
            if (customers.Count == 0)
                await db.ScalarAsync<long>($"INSERT INTO orders (source, stream, order_id, customer_source_id, ordered_at, amount, currency, content_hash, first_seen, last_changed, last_run_id) VALUES ('shop', 'orders', 'new', 'b', '2025-03-01T00:00:00.0000000Z', 5, 'EUR', 0, {Seen});");
            customers.Add(customer);
        }

        Assert.Equal(2, customers.Count);
        Assert.Empty(customers[1].Orders);
        Assert.Equal(1, await db.ScalarAsync<long>("SELECT count(*) FROM orders"));
    }

    [Fact]
    public async Task Stopping_early_ends_the_statements_and_returns_the_connections()
    {
        await using var db = await TestDatabase.CreateAsync(StorageEngine.Postgres);
        await db.ScalarAsync<long>("INSERT INTO customers (number, kind, record_count) SELECT n, 'Person', 1 FROM generate_series(1, 50000) n;");

        await foreach (var customer in db.MiningActivity.ReadAsync(new DateOnly(2025, 3, 31), Ct))
        {
            Assert.Equal("cus_1", customer.CustomerId);
            break;
        }

        Assert.Equal(0, await db.ScalarAsync<long>("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND state <> 'idle' AND pid <> pg_backend_pid()"));
    }
}
