using Hub.Core.Model;

namespace Hub.Core.Storage;

/// <summary>API keys, kept as hashes.</summary>
public interface IApiKeyStore
{
    /// <summary>Stores a new key.</summary>
    Task AddAsync(ApiKey key, CancellationToken cancellationToken);

    /// <summary>The key with this hash, revoked or not; null when there is none.</summary>
    Task<ApiKey?> FindByHashAsync(string hash, CancellationToken cancellationToken);
}
