using Hub.Core.Plugins;
using Hub.Core.Storage;
using Hub.Identity;
using Hub.Mining;
using Hub.Pipeline;
using Hub.PluginLoading;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hub.Benchmarks;

/// <summary>
/// The services a <c>hub</c> command runs with, composed the way the CLI composes them (storage, the plugin catalog
/// loaded from disk, the pipeline) over one store (<see cref="BenchStorage"/>: a SQLite file or a PostgreSQL database), migrated before use. Only the console logging is left out: a
/// successful import logs nothing at the CLI's warning level anyway.
/// </summary>
internal sealed class HubServices : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private HubServices(ServiceProvider provider) => _provider = provider;

    public static async Task<HubServices> OpenAsync(string databasePath, CancellationToken cancellationToken)
    {
        var provider = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddBenchStorage(databasePath)
            .AddSingleton<IPluginCatalog>(_ => PluginCatalogLoader.Load(
                [new PluginFolder(BenchmarkPaths.PluginsFolder(), PluginLocation.Bundled)], NullLogger.Instance))
            .AddHubPipeline(new IdentityOptions())
            .AddHubMining(new ConfigurationBuilder().Build())
            .BuildServiceProvider();
        try
        {
            await provider.GetRequiredService<IHubDatabase>().MigrateAsync(cancellationToken);
            return new HubServices(provider);
        }
        catch
        {
            await provider.DisposeAsync();
            throw;
        }
    }

    public T Get<T>() where T : notnull => _provider.GetRequiredService<T>();

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
