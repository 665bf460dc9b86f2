using Hub.Core.Model;

namespace Hub.Core.Storage;

/// <summary>The configured connector instances.</summary>
public interface IConnectorStore
{
    /// <summary>Adds an instance; false when the id is taken.</summary>
    Task<bool> AddAsync(ConnectorInstance connector, CancellationToken cancellationToken);

    /// <summary>One instance, or null.</summary>
    Task<ConnectorInstance?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Every instance, by id.</summary>
    Task<IReadOnlyList<ConnectorInstance>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Removes an instance (its records and runs stay); false when there was none.</summary>
    Task<bool> RemoveAsync(string id, CancellationToken cancellationToken);
}
