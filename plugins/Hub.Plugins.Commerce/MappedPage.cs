using Hub.Contracts;

namespace Hub.Plugins.Commerce;

/// <summary>What one page held: its records, its rejected items, and the <c>updated_at</c> of every item in page order.</summary>
internal sealed record MappedPage(IReadOnlyList<SourceRecord> Records, IReadOnlyList<RejectedRecord> Rejected, IReadOnlyList<DateTimeOffset> UpdatedAt);
