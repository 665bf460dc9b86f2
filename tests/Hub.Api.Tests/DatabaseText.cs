using Microsoft.Data.Sqlite;

namespace Hub.Api.Tests;

/// <summary>What a hub's SQLite file holds, read directly, past the API: to prove that erased data is gone from it.</summary>
internal static class DatabaseText
{
    /// <summary>Every text value of every table, with where it is (<c>table.column</c>).</summary>
    public static async Task<List<(string Where, string Text)>> AllAsync(string databasePath)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table';";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        }

        var texts = new List<(string, string)>();
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\";";
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (reader.GetValue(i) is string text) texts.Add(($"{table}.{reader.GetName(i)}", text));
                }
            }
        }

        return texts;
    }

    /// <summary>The places that hold <paramref name="needle"/> (any case), for a failure message that says where.</summary>
    public static async Task<List<string>> WhereAsync(string databasePath, string needle) =>
        [.. (await AllAsync(databasePath)).Where(t => t.Text.Contains(needle, StringComparison.OrdinalIgnoreCase)).Select(t => $"{t.Where}: {t.Text}")];

    /// <summary>Whether the bytes of the file (and its write-ahead log) hold <paramref name="needle"/> as UTF-8, anywhere, free space included.</summary>
    public static bool BytesHold(string databasePath, string needle)
    {
        var pattern = System.Text.Encoding.UTF8.GetBytes(needle);
        foreach (var path in new[] { databasePath, databasePath + "-wal" })
        {
            if (!File.Exists(path)) continue;
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            if (copy.GetBuffer().AsSpan(0, (int)copy.Length).IndexOf(pattern) >= 0) return true;
        }

        return false;
    }
}
