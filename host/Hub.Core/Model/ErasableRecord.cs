namespace Hub.Core.Model;

/// <summary>
/// The identifiers of one source record of a customer being erased, as stored: what the suppression list is made from
/// and what the quarantine is searched for. They exist only inside the erasure's transaction.
/// </summary>
/// <param name="Source">The record's source.</param>
/// <param name="SourceId">Its id in the source.</param>
/// <param name="FullName">Its name, if any.</param>
/// <param name="Email">Its e-mail as stored, if any.</param>
/// <param name="Phone">Its phone as stored, if any.</param>
/// <param name="Country">Its country, which says how to read a phone without a country code.</param>
public sealed record ErasableRecord(string Source, string SourceId, string? FullName, string? Email, string? Phone, string? Country);
