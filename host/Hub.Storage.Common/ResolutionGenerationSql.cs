using Hub.Core.Storage;

namespace Hub.Storage.Common;

/// <summary>
/// The <c>resolution_generation</c> meta value: how many resolutions have been saved (and erasures made). A resolution of
/// changes is computed against one generation and may only be saved over that same one, or it would undo what another save
/// wrote meanwhile; a full resolution that read it before loading its records is held to it the same way. The statements
/// and refusals both engines use; each runs them inside its save's transaction, under the lock every save takes.
/// </summary>
internal static class ResolutionGenerationSql
{
    public const string Read = "SELECT value FROM meta WHERE key = 'resolution_generation';";

    public const string Advance = "UPDATE meta SET value = value + 1 WHERE key = 'resolution_generation' RETURNING value;";

    public const string CountErasures = "SELECT count(*) FROM erasures;";

    // The log is append-only (its triggers refuse deletes), so its size only grows: a larger count means a new decision.
    public const string CountDecisions = "SELECT count(*) FROM identity_decisions;";

    /// <summary>The database lacks the meta row.</summary>
    public static InvalidOperationException Missing() =>
        new("The database has no resolution generation: it was not upgraded (migration 0006 is missing).");

    /// <summary>Refuses a save computed against <paramref name="expected"/> when the store is at <paramref name="current"/>.</summary>
    public static void Require(long expected, long current)
    {
        if (current != expected)
        {
            throw new StaleResolutionException(
                $"Another resolution was saved since these changes were computed (generation {expected}, now {current}); nothing was saved. " +
                "Load the pending records again and resolve them.");
        }
    }

    /// <summary>
    /// Refuses a full save computed against an older generation (<see cref="ResolutionOutcome.GenerationSeen"/>): it would
    /// replace every customer with ones computed without what the other save resolved (deleting the customers of records it
    /// never loaded) and hand out again numbers that save gave out.
    /// </summary>
    public static void RequireNoSaveSince(ResolutionOutcome outcome, long current)
    {
        if (outcome.GenerationSeen is { } seen && current != seen)
        {
            throw new StaleResolutionException(
                $"Another resolution was saved while every record was being resolved (generation {seen}, now {current}); nothing was saved. Run the resolution again.");
        }
    }

    /// <summary>Refuses a save computed from a shorter decision log (<see cref="ResolutionOutcome.DecisionsSeen"/>): it would undo the newer decisions.</summary>
    public static void RequireNoDecisionSince(ResolutionOutcome outcome, long decisions)
    {
        if (outcome.DecisionsSeen is { } seen && decisions != seen)
            throw new StaleResolutionException("An identity decision was logged while this resolution ran, and its result ignores it; nothing was saved. Run the resolution again.");
    }

    /// <summary>Refuses a save whose outcome was computed before an erasure (<see cref="ResolutionOutcome.ErasuresSeen"/>).</summary>
    public static void RequireNoErasureSince(ResolutionOutcome outcome, long erasures)
    {
        if (outcome.ErasuresSeen is { } seen && erasures != seen)
            throw new StaleResolutionException("A customer was erased while this resolution ran, and its result still holds them; nothing was saved. Run the resolution again.");
    }
}
