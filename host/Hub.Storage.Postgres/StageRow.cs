using Npgsql;
using NpgsqlTypes;

namespace Hub.Storage.Postgres;

/// <summary>
/// Writes one staged row's values, in the staging table's column order, to a binary COPY. The writes are synchronous: a
/// value lands in Npgsql's buffer and only a full buffer goes to the socket, so an await per value would cost more than it frees.
/// </summary>
internal sealed class StageRow(NpgsqlBinaryImporter importer)
{
    public void Start() => importer.StartRow();

    public void Text(string? value)
    {
        if (value is null) importer.WriteNull();
        else importer.Write(value, NpgsqlDbType.Text);
    }

    public void Int64(long? value)
    {
        if (value is { } v) importer.Write(v, NpgsqlDbType.Bigint);
        else importer.WriteNull();
    }

    public void Number(decimal? value)
    {
        if (value is { } v) importer.Write(v, NpgsqlDbType.Numeric);
        else importer.WriteNull();
    }

    public void Flag(bool value) => importer.Write(value, NpgsqlDbType.Boolean);

    public void Int32(int value) => importer.Write(value, NpgsqlDbType.Integer);
}
