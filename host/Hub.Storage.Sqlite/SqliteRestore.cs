using System.Globalization;
using System.Reflection;
using Hub.Core;
using Microsoft.Data.Sqlite;

namespace Hub.Storage.Sqlite;

/// <summary>
/// Puts a backup in place of a data dir's database, for <c>hub restore</c> with the hub stopped. Nothing is lost on the
/// way: the backup is checked before anything moves, and the database it replaces (with its write-ahead log) is set
/// aside under a dated name rather than deleted.
/// </summary>
public static class SqliteRestore
{
    /// <summary>Restores <paramref name="backup"/> as <paramref name="databasePath"/>; returns where the replaced database was set aside, or null.</summary>
    /// <exception cref="UserFacingException">The backup is missing or not a hub database this version can open, or the database is in use.</exception>
    public static string? Restore(string backup, string databasePath, DateTimeOffset now)
    {
        var source = Path.GetFullPath(backup);
        var target = Path.GetFullPath(databasePath);
        if (!File.Exists(source)) throw new UserFacingException($"There is no backup at '{source}'.");
        if (string.Equals(source, target, StringComparison.Ordinal)) throw new UserFacingException("That is the hub's own database, not a backup of it.");
        CheckBackup(source);

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var setAside = File.Exists(target) ? SetAside(target, now) : null;
        var partial = target + ".restoring";
        File.Copy(source, partial, overwrite: true);
        File.Move(partial, target);
        return setAside;
    }

    // A copy SQLite reads back whole, with the hub's migration journal and no migration newer than this version knows.
    private static void CheckBackup(string path)
    {
        try
        {
            using var connection = Open(path, SqliteOpenMode.ReadOnly);
            using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA quick_check;";
            if (check.ExecuteScalar() as string != "ok") throw new UserFacingException($"'{path}' is damaged (SQLite's check failed): take another backup.");
            check.CommandText = "SELECT ScriptName FROM hub_migrations;";
            var known = SqliteHubDatabase.KnownScripts();
            using var reader = check.ExecuteReader();
            while (reader.Read())
            {
                if (!known.Contains(reader.GetString(0)))
                    throw new UserFacingException($"'{path}' was written by a newer version of the hub (it has {reader.GetString(0)}): restore it with that version.");
            }
        }
        catch (SqliteException e)
        {
            throw new UserFacingException($"'{path}' is not a hub backup ({e.Message.TrimEnd('.')}): 'hub backup FILE' writes one.");
        }
    }

    // Folds the write-ahead log into the file first (committed data lives there too), refusing when another process holds
    // the database, then moves the file and any log beside it to one dated name.
    private static string SetAside(string database, DateTimeOffset now)
    {
        try
        {
            using var connection = Open(database, SqliteOpenMode.ReadWrite);
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA busy_timeout = 0; BEGIN EXCLUSIVE; ROLLBACK; PRAGMA wal_checkpoint(TRUNCATE);";
            command.ExecuteNonQuery();
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6)
        {
            throw new UserFacingException("Another hub command is using the database: let it finish (or stop it), then restore.");
        }

        var aside = $"{database}.before-restore-{now.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}";
        foreach (var suffix in new[] { "-wal", "-shm" })
        {
            if (File.Exists(database + suffix)) File.Move(database + suffix, aside + suffix);
        }
        File.Move(database, aside);
        return aside;
    }

    private static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
