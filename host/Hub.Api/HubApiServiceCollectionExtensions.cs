using System.Text.Encodings.Web;
using GraphQL;
using Hub.Api.Graph;
using Hub.Api.Limits;
using Hub.Api.Playground;
using Hub.Api.Transport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hub.Api;

/// <summary>Registers the GraphQL API.</summary>
public static class HubApiServiceCollectionExtensions
{
    /// <summary>
    /// Adds the GraphQL schema, executer and endpoint handler, and <see cref="ApiKeyService"/>. Expects
    /// <c>IPluginCatalog</c>, <c>ICustomerQueries</c> and <c>IApiKeyStore</c> to be registered by the host, and the
    /// pipeline's <c>IdentityOperations</c> (<c>AddHubPipeline</c>) for the identity mutations. The request
    /// limits (depth, cost, body size, timeout, rate per key) come from the <c>Hub:Api</c> section of <c>IConfiguration</c>.
    /// </summary>
    public static IServiceCollection AddHubApi(this IServiceCollection services)
    {
        services.AddGraphQL(graphQL => graphQL
            .AddSchema<HubSchema>()
            .AddGraphTypes(typeof(HubSchema).Assembly)
            // Names in Chinese (and quotes in error messages) stay readable in the JSON instead of becoming \uXXXX;
            // safe because responses are served as JSON, never embedded in HTML.
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            // Fields declare the key role they need (RequireRole); this refuses too weak a key before anything executes.
            .AddValidationRule<RoleValidationRule>(useForCachedDocuments: true)
            // Depth and cost (Hub:Api:MaxDepth, Hub:Api:MaxCost) are checked with the variables of each request.
            .AddValidationRule<QueryLimitsRule>(useForCachedDocuments: true)
            .AddErrorInfoProvider(options =>
            {
                options.ExposeExceptionDetails = false;
                // One code per error keeps the shape the 401 and transport errors have.
                options.ExposeCodes = false;
            }));
        services.TryAddScoped<CustomerSourcesLoader>();
        services.TryAddScoped<CustomerActivityLoader>();
        services.TryAddScoped<Graph.Mining.MiningScoresLoader>();
        services.TryAddScoped<Graph.Mining.CurrentRunsLoader>();
        services.TryAddScoped<Graph.Mining.ClvModelLoader>();
        services.TryAddSingleton<ApiKeyService>();
        services.TryAddSingleton<LocalOperatorKey>();
        services.TryAddSingleton<ApiRequestHandler>();
        services.TryAddSingleton(provider => provider.GetService<IConfiguration>() is { } configuration ? ApiLimits.From(configuration) : ApiLimits.Default);
        services.TryAddSingleton<ApiRateLimiter>();
        services.AddMetrics();
        services.TryAddSingleton<ApiMetrics>();
        services.TryAddSingleton(provider => new PlaygroundAssets(
            provider.GetService<IConfiguration>()?[PlaygroundAssets.DirectorySetting]
            ?? Path.Combine(AppContext.BaseDirectory, PlaygroundAssets.DefaultFolderName)));
        return services;
    }
}
