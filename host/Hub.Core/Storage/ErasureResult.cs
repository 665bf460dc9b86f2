using Hub.Core.Model;

namespace Hub.Core.Storage;

/// <summary>What an erasure stored, and the resolution generation it moved the store to.</summary>
/// <param name="Erasure">The audit entry.</param>
/// <param name="ResolutionGeneration">
/// The store's resolution generation after the erasure, which raised it by one: a resolution computed before the erasure
/// can then no longer be saved over it and bring the person back.
/// </param>
public sealed record ErasureResult(Erasure Erasure, long ResolutionGeneration);
