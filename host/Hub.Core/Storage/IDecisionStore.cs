using Hub.Core.Model;

namespace Hub.Core.Storage;

/// <summary>The append-only log of operators' identity decisions.</summary>
public interface IDecisionStore
{
    /// <summary>Appends a decision and returns it with its id and time.</summary>
    Task<IdentityDecision> AppendAsync(IdentityDecision decision, CancellationToken cancellationToken);

    /// <summary>Every decision, oldest first.</summary>
    Task<IReadOnlyList<IdentityDecision>> ListAsync(CancellationToken cancellationToken);
}
