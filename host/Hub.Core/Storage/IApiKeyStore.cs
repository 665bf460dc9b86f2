using Hub.Core.Model;

namespace Hub.Core.Storage;

/// <summary>API keys, kept as hashes.</summary>
public interface IApiKeyStore
{
    /// <summary>Stores a new key.</summary>
    Task AddAsync(ApiKey key, CancellationToken cancellationToken);

    /// <summary>The key with this hash, revoked or not; null when there is none.</summary>
    Task<ApiKey?> FindByHashAsync(string hash, CancellationToken cancellationToken);

    /// <summary>Every key, revoked and expired ones included, oldest first.</summary>
    Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Revokes the key with this id at <paramref name="revokedAt"/>. False when there is no such key or it was revoked
    /// already (an earlier revocation and its reason are kept).
    /// </summary>
    Task<bool> RevokeAsync(string id, DateTimeOffset revokedAt, string? reason, CancellationToken cancellationToken);
}
