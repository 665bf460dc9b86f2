using Dapper;
using Hub.Core.Model;
using Hub.Core.Storage;

namespace Hub.Storage.Common;

/// <summary>Connector instances; settings and secret names are JSON columns (text on both engines: stored and read whole).</summary>
internal sealed class ConnectorStore(IStorageConnections connections) : IConnectorStore, IConnectorScheduleStore
{
    private const string Columns =
        "id AS Id, plugin_id AS PluginId, schedule AS Schedule, settings AS Settings, secret_names AS SecretNames, created_at AS CreatedAt";

    public async Task<bool> AddAsync(ConnectorInstance connector, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connector);
        string settings, secretNames;
        using (var json = new JsonColumnWriter())
        {
            settings = json.Object(connector.Settings);
            secretNames = json.Array(connector.SecretNames.Order(StringComparer.Ordinal), connector.SecretNames.Count);
        }
        await using var connection = await connections.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var added = await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO connectors (id, plugin_id, schedule, settings, secret_names, created_at) " +
            "VALUES (@Id, @PluginId, @Schedule, @settings, @secretNames, @createdAt) ON CONFLICT (id) DO NOTHING;",
            new { connector.Id, connector.PluginId, connector.Schedule, settings, secretNames, createdAt = IsoText.Timestamp(connector.CreatedAt) },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return added == 1;
    }

    public async Task<ConnectorInstance?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<ConnectorRow>(new CommandDefinition(
            $"SELECT {Columns} FROM connectors WHERE id = @id;", new { id }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row?.ToInstance();
    }

    public async Task<IReadOnlyList<ConnectorInstance>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<ConnectorRow>(new CommandDefinition(
            $"SELECT {Columns} FROM connectors ORDER BY id;", cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => r.ToInstance()).ToList();
    }

    public async Task<bool> RemoveAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var removed = await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM connectors WHERE id = @id;", new { id }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        // Records and runs stay, but a later instance with the same id must read its source from the start, not from
        // wherever the removed one had got to.
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM checkpoints WHERE connector_id = @id;", new { id }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return removed == 1;
    }

    public async Task<bool> SetScheduleAsync(string connectorId, string? cron, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE connectors SET schedule = @cron WHERE id = @connectorId;", new { connectorId, cron },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return changed == 1;
    }

    private sealed class ConnectorRow
    {
        public string Id { get; set; } = "";
        public string PluginId { get; set; } = "";
        public string? Schedule { get; set; }
        public string Settings { get; set; } = "";
        public string SecretNames { get; set; } = "";
        public string CreatedAt { get; set; } = "";

        public ConnectorInstance ToInstance() => new(
            Id,
            PluginId,
            Schedule,
            JsonColumns.ReadObject(Settings),
            JsonColumns.ReadArray(SecretNames).ToHashSet(StringComparer.Ordinal),
            IsoText.ParseTimestamp(CreatedAt));
    }
}
