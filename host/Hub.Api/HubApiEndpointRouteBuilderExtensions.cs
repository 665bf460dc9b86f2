using GraphQL.Types;
using Hub.Api.Limits;
using Hub.Api.Transport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api;

/// <summary>Maps the GraphQL endpoint.</summary>
public static class HubApiEndpointRouteBuilderExtensions
{
    /// <summary>The path the API is served at.</summary>
    public const string DefaultPattern = "/graphql";

    /// <summary>
    /// Serves GraphQL over HTTP (GET and POST) at <paramref name="pattern"/>; every request but the browser help page
    /// needs an API key. Requires <see cref="HubApiServiceCollectionExtensions.AddHubApi"/>.
    /// </summary>
    /// <exception cref="Hub.Core.UserFacingException">when a <c>Hub:Api</c> limit is misconfigured: said at startup, not on the first request.</exception>
    public static IEndpointConventionBuilder MapHubApi(this IEndpointRouteBuilder endpoints, string pattern = DefaultPattern)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        _ = endpoints.ServiceProvider.GetRequiredService<ApiLimits>();
        // Built now rather than by the first request, whose execution timeout would otherwise include building it.
        endpoints.ServiceProvider.GetRequiredService<ISchema>().Initialize();
        return endpoints.Map(pattern, (RequestDelegate)(context => context.RequestServices.GetRequiredService<ApiRequestHandler>().HandleAsync(context)))
            .WithDisplayName("Hub GraphQL API");
    }
}
