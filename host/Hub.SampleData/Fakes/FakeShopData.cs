namespace Hub.SampleData.Fakes;

/// <summary>
/// The customers and orders a <see cref="FakeShop"/> serves, safe to change while it serves them. Adding or
/// updating stamps <c>updated_at</c> from the clock (to the second, as Shopify does) unless a time is given.
/// </summary>
public sealed class FakeShopData
{
    private readonly object _gate = new();
    private readonly SortedDictionary<long, FakeShopCustomer> _customers = [];
    private readonly SortedDictionary<long, FakeShopOrder> _orders = [];
    private readonly TimeProvider _clock;

    /// <summary>An empty shop whose changes are stamped by <paramref name="clock"/> (the system clock by default).</summary>
    public FakeShopData(TimeProvider? clock = null) => _clock = clock ?? TimeProvider.System;

    /// <summary>
    /// A shop holding the sample generator's shop accounts and orders: customer ids are the sample's shop source ids,
    /// order ids the number in the sample's order id (whose full text, e.g. <c>SO100042</c>, is the order's name).
    /// </summary>
    public static FakeShopData FromSample(SampleDataGenerator generator) => FakeShopSample.Load(generator);

    /// <summary>Every customer, by id.</summary>
    public IReadOnlyList<FakeShopCustomer> Customers
    {
        get { lock (_gate) return [.. _customers.Values]; }
    }

    /// <summary>Every order, by id.</summary>
    public IReadOnlyList<FakeShopOrder> Orders
    {
        get { lock (_gate) return [.. _orders.Values]; }
    }

    /// <summary>Adds a customer and returns it as stored (with its timestamps).</summary>
    /// <exception cref="InvalidOperationException">when the id is taken.</exception>
    public FakeShopCustomer AddCustomer(FakeShopCustomer customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        lock (_gate)
        {
            if (_customers.ContainsKey(customer.Id)) throw new InvalidOperationException($"customer {customer.Id} exists; use UpdateCustomer");
            var now = Now();
            var stored = customer with { CreatedAt = Second(customer.CreatedAt ?? now), UpdatedAt = Second(customer.UpdatedAt ?? now) };
            _customers.Add(stored.Id, stored);
            return stored;
        }
    }

    /// <summary>Changes a customer and stamps <c>updated_at</c> with <paramref name="updatedAt"/>, or now.</summary>
    /// <exception cref="KeyNotFoundException">when there is no such customer.</exception>
    public FakeShopCustomer UpdateCustomer(long id, Func<FakeShopCustomer, FakeShopCustomer> change, DateTimeOffset? updatedAt = null)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (_gate)
        {
            if (!_customers.TryGetValue(id, out var current)) throw new KeyNotFoundException($"no customer {id}");
            var stored = change(current) with { Id = id, CreatedAt = current.CreatedAt, UpdatedAt = Second(updatedAt ?? Now()) };
            _customers[id] = stored;
            return stored;
        }
    }

    /// <summary>Deletes a customer; like Shopify, the list endpoint simply stops showing it.</summary>
    public bool RemoveCustomer(long id)
    {
        lock (_gate) return _customers.Remove(id);
    }

    /// <summary>Adds an order and returns it as stored (with its timestamps).</summary>
    /// <exception cref="InvalidOperationException">when the id is taken.</exception>
    public FakeShopOrder AddOrder(FakeShopOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        lock (_gate)
        {
            if (_orders.ContainsKey(order.Id)) throw new InvalidOperationException($"order {order.Id} exists; use UpdateOrder");
            var now = Now();
            var stored = order with { CreatedAt = Second(order.CreatedAt ?? now), UpdatedAt = Second(order.UpdatedAt ?? now) };
            _orders.Add(stored.Id, stored);
            return stored;
        }
    }

    /// <summary>Changes an order and stamps <c>updated_at</c> with <paramref name="updatedAt"/>, or now.</summary>
    /// <exception cref="KeyNotFoundException">when there is no such order.</exception>
    public FakeShopOrder UpdateOrder(long id, Func<FakeShopOrder, FakeShopOrder> change, DateTimeOffset? updatedAt = null)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (_gate)
        {
            if (!_orders.TryGetValue(id, out var current)) throw new KeyNotFoundException($"no order {id}");
            var stored = change(current) with { Id = id, CreatedAt = current.CreatedAt, UpdatedAt = Second(updatedAt ?? Now()) };
            _orders[id] = stored;
            return stored;
        }
    }

    /// <summary>Both lists at one instant, so a page and the totals it shows agree.</summary>
    internal (IReadOnlyList<FakeShopCustomer> Customers, IReadOnlyList<FakeShopOrder> Orders) Snapshot()
    {
        lock (_gate) return ([.. _customers.Values], [.. _orders.Values]);
    }

    private DateTimeOffset Now() => _clock.GetUtcNow();

    private static DateTimeOffset Second(DateTimeOffset value) => new(value.Ticks - value.Ticks % TimeSpan.TicksPerSecond, value.Offset);
}
