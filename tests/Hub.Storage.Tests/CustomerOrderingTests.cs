using Hub.Core.Model;
using Hub.Core.Storage;
using Hub.Core.Storage.Customers;

namespace Hub.Storage.Tests;

/// <summary>
/// Filtered, ordered keyset pages of customers: the same order on both engines (byte order of text, customers without a
/// value last ascending and first descending), and positions of the same shape, so a cursor made on one engine reads the
/// same page on the other.
/// </summary>
public abstract class CustomerOrderingTests(StorageEngine engine) : StorageTests(engine)
{
    private static readonly CustomerOrder ByName = new(CustomerField.DisplayName);

    [Fact]
    public async Task Pages_by_name_follow_byte_order_with_unnamed_customers_last_and_continue_from_their_positions()
    {
        await using var db = await SeedAsync();

        Assert.Equal([3L, 4, 1, 6, 2, 5], await ReadAllPagesAsync(db, [ByName], backward: false));
        Assert.Equal([2L, 5, 6, 1, 4, 3], await ReadAllPagesAsync(db, [ByName with { Descending = true }], backward: false));
        var first = (await db.Queries.FindCustomersAsync(new CustomerQuery(null, [ByName], null, false, 1), Ct))[0];
        Assert.Equal([0L, "Alpha", 3L], first.Position.Values);
        var last = (await db.Queries.FindCustomersAsync(new CustomerQuery(null, [ByName], null, true, 1), Ct))[0];
        Assert.Equal([1L, "", 5L], last.Position.Values);
        // Backward from the last customer: the nearest first.
        var before = await db.Queries.FindCustomersAsync(new CustomerQuery(null, [ByName], last.Position, true, 3), Ct);
        Assert.Equal([2L, 6, 1], before.Select(r => r.Customer.Number));
    }

    [Fact]
    public async Task Pages_by_a_nullable_column_and_then_name_hold_a_flag_for_the_missing_value()
    {
        await using var db = await SeedAsync();
        IReadOnlyList<CustomerOrder> order = [new(CustomerField.City, Descending: true), ByName];

        Assert.Equal([6L, 2, 3, 1, 4, 5], await ReadAllPagesAsync(db, order, backward: false));
        var rows = await db.Queries.FindCustomersAsync(new CustomerQuery(null, order, null, false, 10), Ct);
        Assert.Equal([1L, "", 0L, "Ärger", 6L], rows[0].Position.Values);
        Assert.Equal([1L, "", 1L, "", 2L], rows[1].Position.Values);
    }

    [Fact]
    public async Task Filters_match_ascii_case_insensitively_and_a_negation_keeps_customers_without_the_value()
    {
        await using var db = await SeedAsync();
        var alp = new FieldCondition(CustomerField.DisplayName, FilterOperator.Contains, ["ALP"]);
        var berlin = new FieldCondition(CustomerField.City, FilterOperator.Eq, ["Berlin"]);

        Assert.Equal([3L, 4], await NumbersAsync(db, alp));
        Assert.Equal([4L, 6, 2, 5], await NumbersAsync(db, new NotOf(berlin)));
        Assert.Equal([3L, 4, 1], await NumbersAsync(db, new AnyOf([alp, berlin])));
        Assert.Empty(await NumbersAsync(db, new AllOf([alp, new FieldCondition(CustomerField.City, FilterOperator.In, [])])));
        Assert.Equal(2, await db.Queries.CountCustomersAsync(new FieldCondition(CustomerField.DisplayName, FilterOperator.IsNull, [true]), Ct));
    }

    private async Task<TestDatabase> SeedAsync()
    {
        var db = await CreateDatabaseAsync();
        GoldenCustomer Customer(long number, string? name, string? city) => Resolutions.Golden(number) with { DisplayName = name, City = city };
        await db.Identity.SaveResolutionAsync(new ResolutionOutcome(new Dictionary<long, long>(),
        [
            Customer(1, "beta", "Berlin"), Customer(2, null, null), Customer(3, "Alpha", "Berlin"),
            Customer(4, "alpha", "Aachen"), Customer(5, null, "Aachen"), Customer(6, "Ärger", null),
        ]), Ct);
        return db;
    }

    private static async Task<List<long>> NumbersAsync(TestDatabase db, CustomerFilter filter) =>
        [.. (await db.Queries.FindCustomersAsync(new CustomerQuery(filter, [ByName], null, false, 10), Ct)).Select(r => r.Customer.Number)];

    // Pages of two, each continuing from the position of the last row of the one before.
    private static async Task<List<long>> ReadAllPagesAsync(TestDatabase db, IReadOnlyList<CustomerOrder> order, bool backward)
    {
        var numbers = new List<long>();
        CustomerPosition? from = null;
        while (true)
        {
            var page = await db.Queries.FindCustomersAsync(new CustomerQuery(null, order, from, backward, 2), Ct);
            if (page.Count == 0) return numbers;
            numbers.AddRange(page.Select(r => r.Customer.Number));
            from = page[^1].Position;
        }
    }
}

public sealed class SqliteCustomerOrderingTests() : CustomerOrderingTests(StorageEngine.Sqlite);

public sealed class PostgresCustomerOrderingTests() : CustomerOrderingTests(StorageEngine.Postgres);
