using Npgsql;

namespace Hub.Storage.Postgres;

/// <summary>What every statement of one batch shares: its transaction, its constants and the reusable buffers.</summary>
internal sealed record StageContext(
    NpgsqlConnection Connection,
    NpgsqlTransaction Transaction,
    string Source,
    long RunId,
    string Now,
    ContentHasher Hasher,
    JsonColumnWriter Json)
{
    public NpgsqlCommand Command(string sql) => new(sql, Connection, Transaction);
}
