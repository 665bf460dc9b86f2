using Microsoft.Data.Sqlite;

namespace Hub.Storage.Sqlite;

/// <summary>
/// Reads, checks and raises the resolution generation (<see cref="ResolutionGenerationSql"/>) on SQLite. Every method runs
/// inside whatever transaction the connection has open.
/// </summary>
internal static class ResolutionGeneration
{
    /// <summary>The current generation; inside a read transaction, it belongs to the same snapshot as what is read after it.</summary>
    public static long Read(SqliteConnection connection)
    {
        using var select = new RawStatement(connection, ResolutionGenerationSql.Read);
        return select.ExecuteInt64OrNull() ?? throw ResolutionGenerationSql.Missing();
    }

    /// <summary>Refuses a save computed against another generation; called under the save's write lock, so none can slip in after it.</summary>
    public static void Require(SqliteConnection connection, long expected) => ResolutionGenerationSql.Require(expected, Read(connection));

    /// <summary>Counts a saved resolution; returns the new generation, which the saving process keeps to know what it last wrote.</summary>
    public static long Advance(SqliteConnection connection)
    {
        using var advance = new RawStatement(connection, ResolutionGenerationSql.Advance);
        return advance.ExecuteInt64OrNull() ?? throw ResolutionGenerationSql.Missing();
    }
}
