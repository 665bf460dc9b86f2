namespace Hub.Plugins.Commerce;

/// <summary>The shop's list endpoints the connector reads, in the order it reads them.</summary>
internal enum ShopStream
{
    /// <summary><c>customers.json</c>.</summary>
    Customers,

    /// <summary><c>orders.json?status=any</c>.</summary>
    Orders,
}
