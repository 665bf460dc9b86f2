using Npgsql;
using NpgsqlTypes;

namespace Hub.Storage.Postgres;

/// <summary>
/// One table's binary COPY for <c>hub copy</c>: each row's values written as the PostgreSQL type their kind names. The
/// writes are synchronous, as in the ingest stages: a value lands in Npgsql's buffer and only a full buffer goes out.
/// </summary>
public sealed class PostgresCopyImport : IAsyncDisposable
{
    private readonly NpgsqlBinaryImporter _importer;
    private readonly IReadOnlyList<CopyColumn> _columns;

    internal PostgresCopyImport(NpgsqlBinaryImporter importer, IReadOnlyList<CopyColumn> columns)
    {
        _importer = importer;
        _columns = columns;
    }

    /// <summary>Writes one row, its values in the order of the columns.</summary>
    public void Write(ReadOnlySpan<CopyValue> row)
    {
        _importer.StartRow();
        for (var i = 0; i < row.Length; i++)
        {
            var value = row[i];
            if (value.IsNull)
            {
                _importer.WriteNull();
                continue;
            }

            switch (_columns[i].Kind)
            {
                case CopyValueKind.Integer: _importer.Write(value.Integer, NpgsqlDbType.Bigint); break;
                case CopyValueKind.Boolean: _importer.Write(value.Boolean, NpgsqlDbType.Boolean); break;
                case CopyValueKind.Real: _importer.Write(value.Real, NpgsqlDbType.Double); break;
                case CopyValueKind.Decimal: _importer.Write(value.Decimal, NpgsqlDbType.Numeric); break;
                case CopyValueKind.Json: _importer.Write(value.Text!, NpgsqlDbType.Jsonb); break;
                default: _importer.Write(value.Text!, NpgsqlDbType.Text); break;
            }
        }
    }

    /// <summary>Ends the COPY; only then does PostgreSQL check and keep the rows.</summary>
    public async Task<ulong> CompleteAsync(CancellationToken cancellationToken) => await _importer.CompleteAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Cancels the COPY if it was not completed.</summary>
    public ValueTask DisposeAsync() => _importer.DisposeAsync();
}
