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
    /// Makes a new key, stores only its hash and returns the plaintext <c>hub_&lt;id&gt;_&lt;secret&gt;</c>:
    /// the one and only time the caller sees it.
    /// </summary>
    public async Task<string> CreateAsync(ApiRole role, bool pii, CancellationToken cancellationToken)
    {
        var id = RandomNumberGenerator.GetString(IdAlphabet, IdLength);
        var secret = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(SecretBytes));
        var key = $"{KeyPrefix}{id}_{secret}";
        await _store.AddAsync(new ApiKey(id, Hash(key), role, pii, _time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        return key;
    }

    /// <summary>The stored key matching <paramref name="presentedKey"/>; null when it is unknown, malformed or revoked.</summary>
    public async Task<ApiKey?> AuthenticateAsync(string presentedKey, CancellationToken cancellationToken)
    {
        // Cheap refusal of obvious junk saves a database round trip per bad request.
        if (string.IsNullOrEmpty(presentedKey) || !presentedKey.StartsWith(KeyPrefix, StringComparison.Ordinal) || presentedKey.Length > 256)
            return null;
        var key = await _store.FindByHashAsync(Hash(presentedKey), cancellationToken).ConfigureAwait(false);
        return key is null || key.RevokedAt is not null ? null : key;
    }

    /// <summary>The SHA-256 of a full key as lowercase hex: the form the store keeps and looks keys up by.</summary>
    public static string Hash(string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
