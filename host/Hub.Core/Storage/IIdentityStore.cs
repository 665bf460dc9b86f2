using Hub.Core.Model;

namespace Hub.Core.Storage;

/// <summary>What identity resolution reads and writes.</summary>
public interface IIdentityStore
{
    /// <summary>Every customer source record that is not deleted, with its current customer.</summary>
    Task<IReadOnlyList<StoredCustomerRecord>> LoadCustomerRecordsAsync(CancellationToken cancellationToken);

    /// <summary>The highest customer number ever given out (0 when none), so new customers never reuse an old id.</summary>
    Task<long> GetMaxCustomerNumberAsync(CancellationToken cancellationToken);

    /// <summary>Replaces record assignments and golden records with the outcome, in one transaction.</summary>
    Task SaveResolutionAsync(ResolutionOutcome outcome, CancellationToken cancellationToken);
}
