using Hub.Core.Model;

namespace Hub.Core.Storage.Customers;

/// <summary>A link kept inside a customer, with its two records named as operators name them.</summary>
/// <param name="CustomerNumber">The customer the link is part of.</param>
/// <param name="RecordA">One record.</param>
/// <param name="RecordB">The other.</param>
/// <param name="Evidence">The stored evidence (levels, weight, rule, model version).</param>
public sealed record StoredLink(long CustomerNumber, RecordRef RecordA, RecordRef RecordB, LinkEvidence Evidence);
