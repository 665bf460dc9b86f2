using Microsoft.Data.Sqlite;

namespace Hub.Storage.Sqlite;

/// <summary>Reading a command's rows into a list, shared by the query classes.</summary>
internal static class SqliteReads
{
    public static async Task<List<T>> ReadAllAsync<T>(SqliteCommand command, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) rows.Add(read(reader));
        return rows;
    }
}
