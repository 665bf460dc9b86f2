using Hub.Core.Model;

namespace Hub.Api;

/// <summary>The outcome of checking a presented API key.</summary>
/// <param name="Status">Whether it may be used, and if not why.</param>
/// <param name="Key">The stored key; null when <paramref name="Status"/> is <see cref="ApiKeyStatus.Unknown"/>.</param>
public sealed record ApiKeyCheck(ApiKeyStatus Status, ApiKey? Key)
{
    /// <summary>The answer for a key this hub does not know.</summary>
    public static ApiKeyCheck Unknown { get; } = new(ApiKeyStatus.Unknown, null);
}
