namespace Hub.Core.Storage;

/// <summary>Changes a configured connector's schedule (a port of its own, so the connector store's implementers need not change).</summary>
public interface IConnectorScheduleStore
{
    /// <summary>Stores the connector's Quartz cron (null: manual syncs only); false when there is no such connector.</summary>
    Task<bool> SetScheduleAsync(string connectorId, string? cron, CancellationToken cancellationToken);
}
