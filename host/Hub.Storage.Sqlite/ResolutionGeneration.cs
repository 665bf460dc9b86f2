using Hub.Core.Storage;
using Microsoft.Data.Sqlite;

namespace Hub.Storage.Sqlite;

/// <summary>
/// The <c>resolution_generation</c> meta value: how many resolutions have been saved. A resolution of changes is computed
/// against one generation and may only be saved over that same one, or it would undo what another save wrote meanwhile.
/// Every method runs inside whatever transaction the connection has open.
/// </summary>
internal static class ResolutionGeneration
{
    /// <summary>The current generation; inside a read transaction, it belongs to the same snapshot as what is read after it.</summary>
    public static long Read(SqliteConnection connection)
    {
        using var select = new RawStatement(connection, "SELECT value FROM meta WHERE key = 'resolution_generation';");
        return select.ExecuteInt64OrNull()
            ?? throw new InvalidOperationException("The database has no resolution generation: it was not upgraded (migration 0006 is missing).");
    }

    /// <summary>Refuses a save computed against another generation; called under the save's write lock, so none can slip in after it.</summary>
    public static void Require(SqliteConnection connection, long expected)
    {
        var current = Read(connection);
        if (current != expected)
        {
            throw new StaleResolutionException(
                $"Another resolution was saved since these changes were computed (generation {expected}, now {current}); nothing was saved. " +
                "Load the pending records again and resolve them.");
        }
    }

    /// <summary>Counts a saved resolution; returns the new generation, which the saving process keeps to know what it last wrote.</summary>
    public static long Advance(SqliteConnection connection)
    {
        using var advance = new RawStatement(connection, "UPDATE meta SET value = value + 1 WHERE key = 'resolution_generation' RETURNING value;");
        return advance.ExecuteInt64OrNull()
            ?? throw new InvalidOperationException("The database has no resolution generation: it was not upgraded (migration 0006 is missing).");
    }
}
