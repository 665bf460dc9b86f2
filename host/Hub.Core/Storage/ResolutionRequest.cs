using Hub.Core.Model;

namespace Hub.Core.Storage;

/// <summary>What a resolution starts from.</summary>
/// <param name="Records">Every customer source record with its current customer number, if any.</param>
/// <param name="MaxCustomerNumber">The highest number ever given out, so that numbers are never reused.</param>
public sealed record ResolutionRequest(IReadOnlyList<StoredCustomerRecord> Records, long MaxCustomerNumber)
{
    /// <summary>The parameters the last training stored; null before the first resolution.</summary>
    public IdentityModelSnapshot? Model { get; init; }

    /// <summary>Re-estimate the parameters from the records even though a stored model exists.</summary>
    public bool Retrain { get; init; }

    /// <summary>The operators' decision log, oldest first: merges, splits and golden-field overrides to honour.</summary>
    public IReadOnlyList<IdentityDecision> Decisions { get; init; } = [];
}
