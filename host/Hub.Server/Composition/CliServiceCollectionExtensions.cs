using Hub.Api;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Server.Composition;

/// <summary>Services only the command line needs beyond the core.</summary>
public static class CliServiceCollectionExtensions
{
    /// <summary>Adds them.</summary>
    public static IServiceCollection AddHubCliServices(this IServiceCollection services)
    {
        services.AddSingleton<ApiKeyService>();
        return services;
    }
}
