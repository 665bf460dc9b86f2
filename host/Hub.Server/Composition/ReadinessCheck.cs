using Hub.Core.Plugins;
using Hub.Core.Storage;

namespace Hub.Server.Composition;

/// <summary>
/// <c>/readyz</c>: whether the hub can serve now (its database reachable and migrated, its plugin catalog loaded), as
/// opposed to <c>/healthz</c>, which only says the process answers.
/// </summary>
internal static class ReadinessCheck
{
    /// <summary>Maps <c>GET /readyz</c>: 200 <c>{"status":"ready"}</c>, or 503 with the reasons.</summary>
    public static IEndpointConventionBuilder MapHubReadiness(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/readyz", async (IServiceProvider services, CancellationToken cancellationToken) =>
        {
            var reasons = await CheckAsync(services, cancellationToken);
            return reasons.Count == 0
                ? Results.Json(new { status = "ready" })
                : Results.Json(new { status = "not ready", reasons }, statusCode: StatusCodes.Status503ServiceUnavailable);
        }).WithDisplayName("Hub readiness");

    private static async Task<List<string>> CheckAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var reasons = new List<string>();
        try
        {
            if (await services.GetRequiredService<IHubDatabase>().CheckReadyAsync(cancellationToken) is { } database)
                reasons.Add(database);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            reasons.Add("the database cannot be checked: " + e.Message);
        }

        try
        {
            // Resolving it loads the plugins the first time; a plugin that failed is reported by the catalog, not here.
            _ = services.GetRequiredService<IPluginCatalog>().Plugins;
        }
        catch (Exception e)
        {
            reasons.Add("the plugin catalog could not be loaded: " + e.Message);
        }

        return reasons;
    }
}
