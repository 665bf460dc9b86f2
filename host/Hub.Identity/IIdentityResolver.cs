using Hub.Core.Model;
using Hub.Core.Storage;

namespace Hub.Identity;

/// <summary>
/// Decides which source records are the same real customer, gives every customer a stable number and builds its
/// golden record. Pure: it reads only its arguments, so the caller owns loading and saving.
/// </summary>
public interface IIdentityResolver
{
    /// <summary>
    /// Resolves every record. Records keep the customer number they had wherever the clustering allows it; new
    /// customers get numbers above <see cref="ResolutionRequest.MaxCustomerNumber"/>.
    /// </summary>
    ResolutionOutcome Resolve(ResolutionRequest request);
}

/// <summary>
/// An identity resolver that can keep a full resolution's state in memory (in a running hub) and then resolve only what
/// changed since, reaching the customers a full resolution with the same model and decisions would.
/// </summary>
public interface IIncrementalIdentityResolver : IIdentityResolver
{
    /// <summary>Whether a full resolution's state is kept for <see cref="ResolveChanges"/>.</summary>
    bool HasState { get; }

    /// <summary>Resolves every record, as <see cref="IIdentityResolver.Resolve"/>, and keeps the state.</summary>
    ResolutionOutcome ResolveAndKeep(ResolutionRequest request);

    /// <summary>
    /// Resolves the changes since the state was kept or last updated into an outcome of scope
    /// <see cref="ResolutionScope.Changes"/>, updating the state. Null when there is no state or the changes need a full
    /// resolution (a provisional model outgrown); the state is then dropped.
    /// </summary>
    ResolutionOutcome? ResolveChanges(PendingRecords pending, IReadOnlyList<IdentityDecision> decisions);

    /// <summary>Drops the state, e.g. when saving an outcome failed and the store no longer matches it.</summary>
    void Forget();
}
