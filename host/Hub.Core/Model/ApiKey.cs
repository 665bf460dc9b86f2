namespace Hub.Core.Model;

/// <summary>A stored API key. Only a hash of the secret is kept.</summary>
/// <param name="Id">Short public id, shown in listings and logs.</param>
/// <param name="Hash">SHA-256 of the full key, hex.</param>
/// <param name="Role">What it may do.</param>
/// <param name="Pii">Whether it may read personal data unmasked.</param>
/// <param name="CreatedAt">When it was made.</param>
/// <param name="RevokedAt">When it was revoked, if it was.</param>
/// <param name="ExpiresAt">When it stops working on its own; null for a key that does not expire.</param>
/// <param name="RevokeReason">Why it was revoked, as the operator wrote it; null when not revoked or no reason was given.</param>
public sealed record ApiKey(
    string Id,
    string Hash,
    ApiRole Role,
    bool Pii,
    DateTimeOffset CreatedAt,
    DateTimeOffset? RevokedAt = null,
    DateTimeOffset? ExpiresAt = null,
    string? RevokeReason = null);
