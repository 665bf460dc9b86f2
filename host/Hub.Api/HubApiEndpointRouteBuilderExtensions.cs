using GraphQL.Types;
using Hub.Api.Limits;
using Hub.Api.Playground;
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
    /// Serves GraphQL over HTTP (GET and POST) at <paramref name="pattern"/>; every request but the browser page (GraphiQL, or how to query when it was not built)
    /// needs an API key. The GraphiQL bundles are served under <c>{pattern}/playground/</c>. Requires <see cref="HubApiServiceCollectionExtensions.AddHubApi"/>.
    /// </summary>
    /// <exception cref="Hub.Core.UserFacingException">when a <c>Hub:Api</c> limit is misconfigured: said at startup, not on the first request.</exception>
    public static IEndpointConventionBuilder MapHubApi(this IEndpointRouteBuilder endpoints, string pattern = DefaultPattern)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        _ = endpoints.ServiceProvider.GetRequiredService<ApiLimits>();
        // Built now rather than by the first request, whose execution timeout would otherwise include building it.
        endpoints.ServiceProvider.GetRequiredService<ISchema>().Initialize();
        // The playground's bundles, like the page at GET {pattern}, need no key: they are public npm packages.
        endpoints.MapGet(pattern.TrimEnd('/') + "/playground/{file}", (string file, PlaygroundAssets assets) =>
                assets.Find(file) is { } found ? Results.File(found.Path, found.ContentType) : Results.NotFound())
            .WithDisplayName("Hub GraphQL playground assets");
        return endpoints.Map(pattern, (RequestDelegate)(context => context.RequestServices.GetRequiredService<ApiRequestHandler>().HandleAsync(context)))
            .WithDisplayName("Hub GraphQL API");
    }
}
