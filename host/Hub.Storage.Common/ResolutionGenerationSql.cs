using Hub.Core.Storage;

namespace Hub.Storage.Common;

/// <summary>
/// The <c>resolution_generation</c> meta value: how many resolutions have been saved (and erasures made). A resolution of
/// changes is computed against one generation and may only be saved over that same one, or it would undo what another save
/// wrote meanwhile. The statements and refusals both engines use; each runs them inside its save's transaction.
/// </summary>
internal static class ResolutionGenerationSql
{
    public const string Read = "SELECT value FROM meta WHERE key = 'resolution_generation';";

    public const string Advance = "UPDATE meta SET value = value + 1 WHERE key = 'resolution_generation' RETURNING value;";

    public const string CountErasures = "SELECT count(*) FROM erasures;";

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

    /// <summary>Refuses a save whose outcome was computed before an erasure (<see cref="ResolutionOutcome.ErasuresSeen"/>).</summary>
    public static void RequireNoErasureSince(ResolutionOutcome outcome, long erasures)
    {
        if (outcome.ErasuresSeen is { } seen && erasures != seen)
            throw new StaleResolutionException("A customer was erased while this resolution ran, and its result still holds them; nothing was saved. Run the resolution again.");
    }
}
