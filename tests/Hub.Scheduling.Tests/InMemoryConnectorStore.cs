using System.Collections.Concurrent;
using Hub.Core.Model;
using Hub.Core.Storage;

namespace Hub.Scheduling.Tests;

/// <summary>Connector instances in a list, standing in for the hub's database.</summary>
public sealed class InMemoryConnectorStore : IConnectorStore
{
    private readonly ConcurrentDictionary<string, ConnectorInstance> connectors = new(StringComparer.Ordinal);

    public InMemoryConnectorStore(params ConnectorInstance[] initial)
    {
        foreach (var connector in initial)
        {
            Put(connector);
        }
    }

    /// <summary>Adds or replaces an instance, as editing it with the CLI would.</summary>
    public void Put(ConnectorInstance connector) => connectors[connector.Id] = connector;

    public Task<bool> AddAsync(ConnectorInstance connector, CancellationToken cancellationToken) =>
        Task.FromResult(connectors.TryAdd(connector.Id, connector));

    public Task<ConnectorInstance?> GetAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult(connectors.GetValueOrDefault(id));

    public Task<IReadOnlyList<ConnectorInstance>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ConnectorInstance>>(connectors.Values.OrderBy(c => c.Id, StringComparer.Ordinal).ToList());

    public Task<bool> RemoveAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult(connectors.TryRemove(id, out _));
}
