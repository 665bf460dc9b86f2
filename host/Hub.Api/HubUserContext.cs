using Hub.Core.Model;

namespace Hub.Api;

/// <summary>
/// The GraphQL user context of one request: who is calling. Resolvers read it from
/// <c>IResolveFieldContext.UserContext</c> to decide, for example, whether personal data may be shown unmasked.
/// </summary>
public sealed class HubUserContext : Dictionary<string, object?>
{
    /// <summary>Creates the context for an authenticated caller.</summary>
    public HubUserContext(ApiKey apiKey) => ApiKey = apiKey;

    /// <summary>The key the request was made with (role and PII permission included).</summary>
    public ApiKey ApiKey { get; }
}
