using Hub.Api.Ingest;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api;

/// <summary>Maps the push ingest endpoints.</summary>
public static class HubIngestEndpointRouteBuilderExtensions
{
    /// <summary>The path prefix pushes are sent under.</summary>
    public const string Prefix = "/ingest";

    /// <summary>
    /// Serves <c>POST /ingest/{connectorId}</c> and <c>POST /ingest/{connectorId}/{**path}</c> for connectors that accept
    /// pushes. These endpoints take the connector instance's own credentials, not API keys. The body limit comes from
    /// <c>Hub:Ingest:MaxBodyBytes</c> (default 1 MiB). Requires the pipeline (<c>AddHubPipeline</c>) and storage.
    /// </summary>
    public static IEndpointConventionBuilder MapHubIngest(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var limits = IngestLimits.From(endpoints.ServiceProvider.GetRequiredService<IConfiguration>());
        var handler = ActivatorUtilities.CreateInstance<IngestRequestHandler>(endpoints.ServiceProvider, limits);
        var group = endpoints.MapGroup(Prefix);
        group.MapPost("/{connectorId}", handler.HandleAsync);
        group.MapPost("/{connectorId}/{**path}", handler.HandleAsync);
        return group.WithDisplayName("Hub push ingest");
    }
}
