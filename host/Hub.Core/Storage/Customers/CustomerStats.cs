namespace Hub.Core.Storage.Customers;

/// <summary>What customer statistics can be grouped by.</summary>
public enum StatsDimension
{
    /// <summary>A source the customer has records from (a customer with records from two sources is in both groups); orders by their own source.</summary>
    Source,
    Kind,
    Country,
    City,

    /// <summary>The month (yyyy-MM, UTC) of the customer's first order.</summary>
    FirstOrderMonth,

    /// <summary>The ISO week (yyyy-Www, UTC) of the customer's first order.</summary>
    FirstOrderWeek,

    /// <summary>The month of the customer's last order.</summary>
    LastOrderMonth,

    /// <summary>The ISO week of the customer's last order.</summary>
    LastOrderWeek,
}

/// <summary>One group of customer statistics.</summary>
/// <param name="Keys">The group's value for each dimension asked for, in the order asked (null: customers without one).</param>
/// <param name="Customers">Customers in the group.</param>
/// <param name="Orders">Their orders (for <see cref="StatsDimension.Source"/>, those from the group's source).</param>
/// <param name="Revenue">The orders' amounts summed per currency, never across currencies, in currency-code order.</param>
public sealed record StatsRow(IReadOnlyList<string?> Keys, long Customers, long Orders, IReadOnlyList<(string Currency, decimal Amount)> Revenue);
