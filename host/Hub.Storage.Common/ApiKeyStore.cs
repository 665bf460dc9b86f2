using Dapper;
using Hub.Core.Model;
using Hub.Core.Storage;

namespace Hub.Storage.Common;

/// <summary>API keys by the hash of their secret; the secret itself is never stored.</summary>
internal sealed class ApiKeyStore(IStorageConnections connections) : IApiKeyStore
{
    private const string SelectColumns =
        "SELECT id AS Id, hash AS Hash, role AS Role, pii AS Pii, created_at AS CreatedAt, revoked_at AS RevokedAt, " +
        "expires_at AS ExpiresAt, revoke_reason AS RevokeReason FROM api_keys";

    public async Task AddAsync(ApiKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var connection = await connections.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO api_keys (id, hash, role, pii, created_at, revoked_at, expires_at, revoke_reason) " +
            "VALUES (@Id, @Hash, @role, @Pii, @createdAt, @revokedAt, @expiresAt, @RevokeReason);",
            new
            {
                key.Id,
                key.Hash,
                role = key.Role.ToString(),
                key.Pii,
                createdAt = IsoText.Timestamp(key.CreatedAt),
                revokedAt = IsoText.Timestamp(key.RevokedAt),
                expiresAt = IsoText.Timestamp(key.ExpiresAt),
                key.RevokeReason,
            },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public async Task<ApiKey?> FindByHashAsync(string hash, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<ApiKeyRow>(new CommandDefinition(
            SelectColumns + " WHERE hash = @hash;", new { hash }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row?.ToKey();
    }

    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<ApiKeyRow>(new CommandDefinition(
            SelectColumns + " ORDER BY created_at, id;", cancellationToken: cancellationToken)).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToKey())];
    }

    public async Task<bool> RevokeAsync(string id, DateTimeOffset revokedAt, string? reason, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE api_keys SET revoked_at = @revokedAt, revoke_reason = @reason WHERE id = @id AND revoked_at IS NULL;",
            new { id, revokedAt = IsoText.Timestamp(revokedAt), reason }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return changed > 0;
    }

    private sealed class ApiKeyRow
    {
        public string Id { get; set; } = "";
        public string Hash { get; set; } = "";
        public string Role { get; set; } = "";
        // An integer on SQLite, a boolean on PostgreSQL.
        public bool Pii { get; set; }
        public string CreatedAt { get; set; } = "";
        public string? RevokedAt { get; set; }
        public string? ExpiresAt { get; set; }
        public string? RevokeReason { get; set; }

        public ApiKey ToKey() => new(
            Id, Hash, Enum.Parse<ApiRole>(Role), Pii, IsoText.ParseTimestamp(CreatedAt), IsoText.ParseTimestampOrNull(RevokedAt),
            IsoText.ParseTimestampOrNull(ExpiresAt), RevokeReason);
    }
}
