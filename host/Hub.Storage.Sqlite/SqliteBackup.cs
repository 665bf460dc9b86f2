using Hub.Core;
using Microsoft.Data.Sqlite;

namespace Hub.Storage.Sqlite;

/// <summary>
/// An online copy of the database file. <c>VACUUM INTO</c> reads one snapshot, so the copy is consistent while syncs
/// write (WAL lets them go on), and compact. It is written beside the destination under a temporary name, checked, and
/// only then given the destination's name: a failed or interrupted backup never leaves a file that looks complete.
/// </summary>
internal static class SqliteBackup
{
    public static async Task<long> WriteAsync(SqliteConnectionFactory connections, string destination, CancellationToken cancellationToken)
    {
        var target = Path.GetFullPath(destination);
        if (File.Exists(target)) throw new UserFacingException($"'{target}' already exists: choose a new file name for the backup, or delete the old one first.");
        if (string.Equals(target, connections.DatabasePath, StringComparison.Ordinal))
            throw new UserFacingException("The backup cannot replace the hub's own database: choose a file outside the data folder.");
        var folder = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(folder)) throw new UserFacingException($"The folder '{folder}' does not exist: create it, or choose another place for the backup.");
        if (!File.Exists(connections.DatabasePath)) throw new UserFacingException($"There is no hub database at '{connections.DatabasePath}' to back up.");

        var partial = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.partial");
        try
        {
            await using (var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false))
            using (var vacuum = connection.CreateCommand())
            {
                vacuum.CommandText = "VACUUM INTO $path;";
                vacuum.Parameters.AddWithValue("$path", partial);
                await vacuum.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            Check(partial);
            File.Move(partial, target, overwrite: false);
            return new FileInfo(target).Length;
        }
        finally
        {
            if (File.Exists(partial)) File.Delete(partial);
        }
    }

    // A copy that SQLite itself cannot read back is no backup.
    private static void Check(string path)
    {
        using var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        copy.Open();
        using var check = copy.CreateCommand();
        check.CommandText = "PRAGMA quick_check;";
        var result = check.ExecuteScalar() as string;
        if (result != "ok") throw new InvalidOperationException($"The backup copy failed SQLite's check ({result}); the hub's database was not changed. Retry the backup.");
    }
}
