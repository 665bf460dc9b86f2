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
    public static IEndpointConventionBuilder MapHubApi(this IEndpointRouteBuilder endpoints, string pattern = DefaultPattern) =>
        endpoints.Map(pattern, (RequestDelegate)(context => context.RequestServices.GetRequiredService<ApiRequestHandler>().HandleAsync(context)))
            .WithDisplayName("Hub GraphQL API");
}
