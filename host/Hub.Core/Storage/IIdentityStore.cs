using Hub.Core.Model;

namespace Hub.Core.Storage;

/// <summary>What identity resolution reads and writes.</summary>
public interface IIdentityStore
{
    /// <summary>Every customer source record that is not deleted, with its current customer.</summary>
    Task<IReadOnlyList<StoredCustomerRecord>> LoadCustomerRecordsAsync(CancellationToken cancellationToken);

    /// <summary>The highest customer number ever given out (0 when none), so new customers never reuse an old id.</summary>
    Task<long> GetMaxCustomerNumberAsync(CancellationToken cancellationToken);

    /// <summary>The latest trained parameters of the identity engine, or null before the first resolution.</summary>
    Task<IdentityModelSnapshot?> LoadModelAsync(CancellationToken cancellationToken);

    /// <summary>The parameters of one version, for explaining links it scored; null when unknown.</summary>
    Task<IdentityModelSnapshot?> LoadModelAsync(int version, CancellationToken cancellationToken);

    /// <summary>The evidence of every link kept inside a customer, strongest first.</summary>
    Task<IReadOnlyList<LinkEvidence>> LoadLinksAsync(long customerNumber, CancellationToken cancellationToken);

    /// <summary>
    /// The records whose content changed (or which were created or deleted) since a resolution last saved them, read in
    /// one snapshot with the resolution generation.
    /// </summary>
    Task<PendingRecords> LoadPendingRecordsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// How many erasures the store holds. A full resolution reads it before loading the records and saves with it
    /// (<see cref="ResolutionOutcome.ErasuresSeen"/>), so a person erased meanwhile is not written back.
    /// </summary>
    Task<long> CountErasuresAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The store's resolution generation: how many resolutions (and erasures) have been saved. A full resolution reads it
    /// before loading the records and saves with it (<see cref="ResolutionOutcome.GenerationSeen"/>), so that it never
    /// replaces what another node saved meanwhile.
    /// </summary>
    Task<long> GetResolutionGenerationAsync(CancellationToken cancellationToken);

    /// <summary>Replaces record assignments and golden records and link evidence with the outcome (and stores a newly trained model), in one transaction.</summary>
    /// <remarks>
    /// An outcome of scope <see cref="ResolutionScope.Changes"/> replaces only what it names and fails with
    /// <see cref="StaleResolutionException"/> (saving nothing) when the store's generation is no longer the one it was
    /// computed against; any outcome fails the same way when <see cref="ResolutionOutcome.ErasuresSeen"/> is given and a
    /// customer was erased since, when <see cref="ResolutionOutcome.GenerationSeen"/> is given and another resolution was
    /// saved since, or when <see cref="ResolutionOutcome.DecisionsSeen"/> is given and a decision was logged since. The checks
    /// run under the lock every save and erasure takes, so no other save or erasure lands between them and the writes. Every
    /// save marks the records of <see cref="ResolutionOutcome.Revisions"/> resolved at those revisions and raises the
    /// generation by one.
    /// </remarks>
    /// <returns>The store's resolution generation after this save.</returns>
    Task<long> SaveResolutionAsync(ResolutionOutcome outcome, CancellationToken cancellationToken);
}
