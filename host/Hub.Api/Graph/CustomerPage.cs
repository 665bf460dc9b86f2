using Hub.Core.Model;

namespace Hub.Api.Graph;

/// <summary>One page of the customers connection, as the connection's resolvers see it.</summary>
/// <param name="Customers">The customers on the page, in customer-number order.</param>
/// <param name="HasNextPage">Whether more customers follow the last one.</param>
/// <param name="AfterNumber">The customer number the page starts after, or null for the first page.</param>
internal sealed record CustomerPage(IReadOnlyList<GoldenCustomer> Customers, bool HasNextPage, long? AfterNumber);
