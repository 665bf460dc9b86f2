using Npgsql;

namespace Hub.Storage.Postgres;

/// <summary>What every statement of one batch shares: its transaction and its constants.</summary>
internal sealed record StageContext(NpgsqlConnection Connection, NpgsqlTransaction Transaction, string Source, long RunId, string Now)
{
    public NpgsqlCommand Command(string sql) => new(sql, Connection, Transaction);
}
