using Dapper;
using Hub.Core.Model;
using Hub.Core.Storage;

namespace Hub.Storage.Sqlite;

/// <summary>API keys by the hash of their secret; the secret itself is never stored.</summary>
internal sealed class SqliteApiKeyStore(SqliteConnectionFactory connections) : IApiKeyStore
{
    public async Task AddAsync(ApiKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO api_keys (id, hash, role, pii, created_at, revoked_at) VALUES (@Id, @Hash, @role, @Pii, @createdAt, @revokedAt);",
            new
            {
                key.Id,
                key.Hash,
                role = key.Role.ToString(),
                key.Pii,
                createdAt = IsoText.Timestamp(key.CreatedAt),
                revokedAt = IsoText.Timestamp(key.RevokedAt),
            },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public async Task<ApiKey?> FindByHashAsync(string hash, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<ApiKeyRow>(new CommandDefinition(
            "SELECT id AS Id, hash AS Hash, role AS Role, pii AS Pii, created_at AS CreatedAt, revoked_at AS RevokedAt " +
            "FROM api_keys WHERE hash = @hash;",
            new { hash }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row?.ToKey();
    }

    private sealed class ApiKeyRow
    {
        public string Id { get; set; } = "";
        public string Hash { get; set; } = "";
        public string Role { get; set; } = "";
        public long Pii { get; set; }
        public string CreatedAt { get; set; } = "";
        public string? RevokedAt { get; set; }

        public ApiKey ToKey() => new(
            Id, Hash, Enum.Parse<ApiRole>(Role), Pii != 0, IsoText.ParseTimestamp(CreatedAt), IsoText.ParseTimestampOrNull(RevokedAt));
    }
}
