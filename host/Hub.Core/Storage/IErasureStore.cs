using Hub.Core.Model;

namespace Hub.Core.Storage;

/// <summary>Erasure on request: the erasure itself, its audit log, and the suppression list ingest checks.</summary>
public interface IErasureStore
{
    /// <summary>
    /// Erases a customer in ONE transaction: its source records lose every personal field and their source ids (marked
    /// deleted), its orders, interactions and events are unlinked (interactions and events lose their personal fields),
    /// quarantined inputs holding its identifiers are deleted, its golden record and link evidence are deleted, the values
    /// of its field overrides are emptied, and the suppressions <paramref name="suppressionsOf"/> derives from its records
    /// are stored with the audit entry. An exception thrown by <paramref name="suppressionsOf"/> rolls everything back.
    /// </summary>
    /// <returns>The audit entry, or null when there is no such customer (nothing is changed).</returns>
    Task<ErasureResult?> EraseAsync(
        long customerNumber, string reason, string actor,
        Func<IReadOnlyList<ErasableRecord>, IReadOnlyCollection<Suppression>> suppressionsOf, CancellationToken cancellationToken);

    /// <summary>The most recent erasures, newest first.</summary>
    Task<IReadOnlyList<Erasure>> ListAsync(int limit, CancellationToken cancellationToken);

    /// <summary>Every suppression; the list grows by a few rows per erasure, so it is read whole.</summary>
    Task<IReadOnlyList<Suppression>> LoadSuppressionsAsync(CancellationToken cancellationToken);
}
