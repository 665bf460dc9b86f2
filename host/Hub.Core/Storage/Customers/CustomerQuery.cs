namespace Hub.Core.Storage.Customers;

/// <summary>One ordering key: a field and its direction. Customers without a value come last ascending, first descending.</summary>
public sealed record CustomerOrder(CustomerField Field, bool Descending = false);

/// <summary>
/// A keyset page of customers: those matching <see cref="Filter"/>, in <see cref="Order"/> (the customer number always
/// breaks ties), strictly after (or, <see cref="Backward"/>, before) the position <see cref="From"/> and strictly before
/// (after) <see cref="Until"/>, at most <see cref="Limit"/> of them, nearest <see cref="From"/> first.
/// </summary>
/// <param name="Filter">The customers to select; null for all.</param>
/// <param name="Order">The ordering keys; empty for customer-number order.</param>
/// <param name="From">A position from an earlier page (<see cref="CustomerRow.Position"/>), or null to start at an end.</param>
/// <param name="Backward">Whether to read towards the start of the ordering: the rows come nearest the position first.</param>
/// <param name="Limit">How many rows at most.</param>
public sealed record CustomerQuery(CustomerFilter? Filter, IReadOnlyList<CustomerOrder> Order, CustomerPosition? From, bool Backward, int Limit)
{
    /// <summary>A position the rows stop before (exclusive), or null to read to the end.</summary>
    public CustomerPosition? Until { get; init; }
}

/// <summary>
/// Where a customer sits in an ordering: the values of its ordering keys as the store compares them, ending with its
/// number. Opaque outside the store; kept in cursors so a page continues where the last ended even after that customer
/// changed or went away.
/// </summary>
public sealed record CustomerPosition(IReadOnlyList<object> Values);

/// <summary>A customer and its position in the ordering of the query that found it.</summary>
public sealed record CustomerRow(Model.GoldenCustomer Customer, CustomerPosition Position);
