using Hub.Core;
using Hub.Core.Sync;
using Quartz;

namespace Hub.Server.Serving;

/// <summary>
/// The sync control a command uses: the serving hub's, over its API, when one serves the data dir; otherwise the
/// store's own through a scheduler that is never started. Disposing shuts that scheduler down again.
/// </summary>
public sealed class SyncControlAccess : IAsyncDisposable
{
    private readonly HubGraphQLClient? client;
    private readonly ISchedulerFactory? localScheduler;

    private SyncControlAccess(ISyncControl control, HubGraphQLClient? client, ISchedulerFactory? localScheduler)
    {
        Control = control;
        this.client = client;
        this.localScheduler = localScheduler;
    }

    /// <summary>The control to use.</summary>
    public ISyncControl Control { get; }

    /// <summary>Whether a serving hub carries out the commands.</summary>
    public bool ThroughServingHub => client is not null;

    /// <summary>Finds the serving hub of <paramref name="dataDirectory"/>, or falls back to the store.</summary>
    public static SyncControlAccess Open(string dataDirectory, IServiceProvider services)
    {
        if (ServeLock.IsHeld(dataDirectory))
        {
            var info = ServeInfo.Read(dataDirectory);
            string? key = null;
            try
            {
                key = File.ReadAllText(ServeFiles.KeyPath(dataDirectory)).Trim();
            }
            catch (FileNotFoundException)
            {
            }
            catch (UnauthorizedAccessException)
            {
                throw new UserFacingException(
                    $"a hub serves this data dir, but its key file {ServeFiles.KeyPath(dataDirectory)} is readable only by the user running it; run the command as that user");
            }

            if (info is null || string.IsNullOrEmpty(key))
            {
                throw new UserFacingException("a hub is starting on this data dir; try again in a moment");
            }

            var client = new HubGraphQLClient(info, key);
            return new SyncControlAccess(new RemoteSyncControl(client), client, null);
        }

        return new SyncControlAccess(services.GetRequiredService<ISyncControl>(), null, services.GetRequiredService<ISchedulerFactory>());
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        client?.Dispose();
        if (localScheduler is not null)
        {
            foreach (var scheduler in await localScheduler.GetAllSchedulers())
            {
                await scheduler.Shutdown(waitForJobsToComplete: false);
            }
        }
    }
}
