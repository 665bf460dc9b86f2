using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Hub.Core.Model;
using Hub.Core.Storage;

namespace Hub.Api;

/// <summary>Creates API keys and recognises them when they come back in an <c>Authorization: Bearer</c> header.</summary>
public sealed class ApiKeyService
{
    /// <summary>Every key starts with this, so a key pasted in the wrong place is recognisable (and scannable by secret scanners).</summary>
    public const string KeyPrefix = "hub_";

    private const int IdLength = 8;
    private const int SecretBytes = 32;
    private const string IdAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    private readonly IApiKeyStore _store;
    private readonly TimeProvider _time;

    /// <summary>Creates the service over the key store.</summary>
    public ApiKeyService(IApiKeyStore store, TimeProvider? time = null)
    {
        _store = store;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>
    /// Makes a new key that does not expire, stores only its hash and returns the plaintext
    /// <c>hub_&lt;id&gt;_&lt;secret&gt;</c>: the one and only time the caller sees it.
    /// </summary>
    public Task<string> CreateAsync(ApiRole role, bool pii, CancellationToken cancellationToken) =>
        CreateAsync(role, pii, expiresAt: null, cancellationToken);

    /// <summary>
    /// Makes a new key that stops working at <paramref name="expiresAt"/> (never when null), stores only its hash and
    /// returns the plaintext <c>hub_&lt;id&gt;_&lt;secret&gt;</c>: the one and only time the caller sees it.
    /// </summary>
    public async Task<string> CreateAsync(ApiRole role, bool pii, DateTimeOffset? expiresAt, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        if (expiresAt <= now)
            throw new ArgumentOutOfRangeException(nameof(expiresAt), expiresAt, "A new key must expire in the future.");
        var id = RandomNumberGenerator.GetString(IdAlphabet, IdLength);
        var secret = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(SecretBytes));
        var key = $"{KeyPrefix}{id}_{secret}";
        await _store.AddAsync(new ApiKey(id, Hash(key), role, pii, now, ExpiresAt: expiresAt), cancellationToken).ConfigureAwait(false);
        return key;
    }

    /// <summary>The stored key matching <paramref name="presentedKey"/>; null when it is unknown, malformed, revoked or expired.</summary>
    public async Task<ApiKey?> AuthenticateAsync(string presentedKey, CancellationToken cancellationToken)
    {
        var check = await CheckAsync(presentedKey, cancellationToken).ConfigureAwait(false);
        return check.Status == ApiKeyStatus.Valid ? check.Key : null;
    }

    /// <summary>
    /// Whether <paramref name="presentedKey"/> may be used and, when it may not, why. Only the holder of a real key learns
    /// that it was revoked or expired: a guess can only ever be <see cref="ApiKeyStatus.Unknown"/>.
    /// </summary>
    public async Task<ApiKeyCheck> CheckAsync(string presentedKey, CancellationToken cancellationToken)
    {
        // Cheap refusal of obvious junk saves a database round trip per bad request.
        if (string.IsNullOrEmpty(presentedKey) || !presentedKey.StartsWith(KeyPrefix, StringComparison.Ordinal) || presentedKey.Length > 256)
            return ApiKeyCheck.Unknown;
        var key = await _store.FindByHashAsync(Hash(presentedKey), cancellationToken).ConfigureAwait(false);
        if (key is null) return ApiKeyCheck.Unknown;
        if (key.RevokedAt is not null) return new ApiKeyCheck(ApiKeyStatus.Revoked, key);
        if (key.ExpiresAt <= _time.GetUtcNow()) return new ApiKeyCheck(ApiKeyStatus.Expired, key);
        return new ApiKeyCheck(ApiKeyStatus.Valid, key);
    }

    /// <summary>Every key, revoked and expired ones included, oldest first; the secrets are not stored, so never shown.</summary>
    public Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken) => _store.ListAsync(cancellationToken);

    /// <summary>Revokes the key with this id now; false when there is no such key or it was revoked already.</summary>
    public Task<bool> RevokeAsync(string id, string? reason, CancellationToken cancellationToken) =>
        _store.RevokeAsync(id, _time.GetUtcNow(), string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), cancellationToken);

    /// <summary>The SHA-256 of a full key as lowercase hex: the form the store keeps and looks keys up by.</summary>
    public static string Hash(string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
