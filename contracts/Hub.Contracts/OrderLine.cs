namespace Hub.Contracts;

/// <summary>One line of an order.</summary>
/// <param name="Sku">The product's stock-keeping unit.</param>
/// <param name="Quantity">How many.</param>
/// <param name="UnitPrice">Price of one, in the order's currency.</param>
public sealed record OrderLine(string Sku, decimal Quantity, decimal UnitPrice);
