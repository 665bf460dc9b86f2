namespace Hub.SampleData;

/// <summary>A deliberately broken row, so tests and the demo know what the hub should report.</summary>
/// <param name="Source">The source of the file it is in.</param>
/// <param name="Stream"><c>customers</c> or <c>orders</c>.</param>
/// <param name="RecordId">The customer's source id or the order id.</param>
/// <param name="Problem">What is wrong, in words.</param>
/// <param name="Quarantined">
/// True when the row cannot be stored and must be quarantined; false when the hub keeps the row, empties the
/// broken optional field and warns.
/// </param>
public sealed record SampleDirtyRow(string Source, string Stream, string RecordId, string Problem, bool Quarantined);
