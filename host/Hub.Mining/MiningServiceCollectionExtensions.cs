using Hub.Core;
using Hub.Core.Mining;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hub.Mining;

/// <summary>Registers the mining service.</summary>
public static class MiningServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="MiningService"/> with <see cref="MiningOptions"/> read from <paramref name="configuration"/>
    /// (miner settings are read from it at each run); storage and the plugin catalog must be registered too.
    /// </summary>
    /// <exception cref="UserFacingException">when the <c>Hub:Mining</c> section holds a value that cannot work.</exception>
    public static IServiceCollection AddHubMining(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        MiningOptions options;
        try
        {
            options = MiningOptions.From(configuration);
        }
        catch (ArgumentException ex)
        {
            throw new UserFacingException($"configuration: {ex.Message}");
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(options);
        services.AddSingleton(provider => ActivatorUtilities.CreateInstance<MiningService>(provider, configuration));
        services.AddSingleton<IMiningRunner>(provider => provider.GetRequiredService<MiningService>());
        return services;
    }
}
