using Hub.Contracts;

namespace Hub.Plugins.Commerce;

/// <summary>An order, and the customer made from its e-mail when it was a guest checkout.</summary>
internal sealed record MappedOrder(OrderRecord Order, CustomerRecord? Guest);
