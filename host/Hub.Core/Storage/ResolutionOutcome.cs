using Hub.Core.Model;

namespace Hub.Core.Storage;

/// <summary>
/// What a resolution decided: the customer of every record, and the golden record of every customer; or, for a resolution
/// of the changes since the last one (<see cref="Scope"/> <see cref="ResolutionScope.Changes"/>), of the records and
/// customers those changes reached, everything else staying as it is.
/// </summary>
/// <param name="CustomerOfRecord">Record row id to customer number: for every record, or every record the changes reached.</param>
/// <param name="Customers">Every customer after the resolution (customers not listed no longer exist), or every customer the changes reached.</param>
public sealed record ResolutionOutcome(
    IReadOnlyDictionary<long, long> CustomerOfRecord,
    IReadOnlyList<GoldenCustomer> Customers)
{
    /// <summary>The evidence of every link kept inside a customer.</summary>
    public IReadOnlyList<LinkEvidence> Links { get; init; } = [];

    /// <summary>The parameters used; stored when they are new (first run or a retrain).</summary>
    public IdentityModelSnapshot? Model { get; init; }

    /// <summary>Whether <see cref="Model"/> was estimated by this run rather than read back.</summary>
    public bool ModelTrained { get; init; }

    /// <summary>What the run did, for the operator: pairs compared, keys skipped, identifiers found shared.</summary>
    public IReadOnlyList<string> Report { get; init; } = [];

    /// <summary>Candidate pairs compared.</summary>
    public long PairsCompared { get; init; }

    /// <summary>Whether this outcome replaces every customer or only those the changes reached.</summary>
    public ResolutionScope Scope { get; init; } = ResolutionScope.All;

    /// <summary>For <see cref="ResolutionScope.Changes"/>: customer numbers that no longer exist (their records went elsewhere or were deleted).</summary>
    public IReadOnlyList<long> RemovedCustomers { get; init; } = [];

    /// <summary>
    /// The revision of every record whose content this resolution considered (row id to <see cref="StoredCustomerRecord.Revision"/>),
    /// deleted ones included: the store marks them resolved at that revision, so a record changed meanwhile stays pending.
    /// </summary>
    public IReadOnlyDictionary<long, long> Revisions { get; init; } = new Dictionary<long, long>();

    /// <summary>
    /// For <see cref="ResolutionScope.Changes"/>: the store's resolution generation (<see cref="PendingRecords.Generation"/>) the
    /// changes were computed against; saving fails with <see cref="StaleResolutionException"/> when another resolution was saved since.
    /// </summary>
    public long Generation { get; init; }

    /// <summary>
    /// How many erasures the store held before this resolution loaded its records (<see cref="IIdentityStore.CountErasuresAsync"/>),
    /// or null not to check. Saving fails with <see cref="StaleResolutionException"/> when there are more now: the outcome
    /// was computed from the erased records and would write the person's golden record back.
    /// </summary>
    public long? ErasuresSeen { get; init; }

    /// <summary>
    /// For <see cref="ResolutionScope.All"/>: the store's resolution generation (<see cref="IIdentityStore.GetResolutionGenerationAsync"/>)
    /// read before the records were loaded, or null not to check. Saving fails with <see cref="StaleResolutionException"/> when
    /// another resolution (another node's, or another process's on the same file) was saved since: this outcome would replace
    /// customers computed from records it never saw, and its new customer numbers may already be given out.
    /// </summary>
    public long? GenerationSeen { get; init; }

    /// <summary>
    /// How many decisions the operators' log held when this resolution read it, or null not to check. Saving fails with
    /// <see cref="StaleResolutionException"/> when the log holds more now: the outcome would undo a merge or split recorded
    /// while it was computed.
    /// </summary>
    public long? DecisionsSeen { get; init; }
}

/// <summary>How much of the store a <see cref="ResolutionOutcome"/> replaces.</summary>
public enum ResolutionScope
{
    /// <summary>Every record, customer and link.</summary>
    All,

    /// <summary>Only the records, customers and links named; the rest stay as they are.</summary>
    Changes,
}

/// <summary>
/// Thrown when a resolution is saved over a store that another resolution, an erasure or a new identity decision has changed
/// since it was computed; nothing is saved, and resolving again from the store as it now is settles it.
/// </summary>
public sealed class StaleResolutionException(string message) : InvalidOperationException(message);

/// <summary>The records changed since the last resolution saved them: new, updated or deleted.</summary>
/// <param name="Changed">New and updated records that are not deleted, as stored now.</param>
/// <param name="Deleted">Row id and revision of each deleted record a resolution has not yet taken out of its customer.</param>
/// <param name="Generation">The store's resolution generation when they were read.</param>
public sealed record PendingRecords(IReadOnlyList<StoredCustomerRecord> Changed, IReadOnlyList<(long RowId, long Revision)> Deleted, long Generation);
