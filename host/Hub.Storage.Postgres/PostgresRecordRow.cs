using System.Text;
using Npgsql;

namespace Hub.Storage.Postgres;

/// <summary>The current row of a <see cref="NpgsqlDataReader"/> over <c>customer_records</c>, as <see cref="StoredCustomerRecords.Read"/> reads it.</summary>
internal sealed class PostgresRecordRow(NpgsqlDataReader reader) : ICustomerRecordRow
{
    /// <summary>The reader, for columns beyond the record's own.</summary>
    public NpgsqlDataReader Reader => reader;

    public long Int64(int column) => reader.GetInt64(column);

    public long? Int64OrNull(int column) => reader.IsDBNull(column) ? null : reader.GetInt64(column);

    public string? Text(int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    public ReadOnlySpan<byte> Utf8(int column) => reader.IsDBNull(column) ? default : Encoding.UTF8.GetBytes(reader.GetString(column));
}
