namespace Hub.Api;

/// <summary>What a presented API key turned out to be.</summary>
public enum ApiKeyStatus
{
    /// <summary>A stored key that is neither revoked nor expired.</summary>
    Valid,
    /// <summary>Not a key of this hub (or not a key at all).</summary>
    Unknown,
    /// <summary>A key of this hub that an operator revoked.</summary>
    Revoked,
    /// <summary>A key of this hub whose expiry has passed.</summary>
    Expired,
}
