using Hub.Core.Model;
using Hub.Core.Storage;
using Hub.Testing;

namespace Hub.Pipeline.Tests.Nodes;

/// <summary>
/// Two hub nodes on one fresh PostgreSQL database. On dispose the nodes stop first (their pools close), then the
/// database is dropped.
/// </summary>
internal sealed class TwoNodes : IAsyncDisposable
{
    private readonly PostgresServer _server;
    private readonly string _database;

    private TwoNodes(PostgresServer server, string database, HubNode first, HubNode second)
    {
        _server = server;
        _database = database;
        First = first;
        Second = second;
    }

    public HubNode First { get; }

    public HubNode Second { get; }

    /// <summary>Starts both nodes; with <paramref name="model"/>, the database holds that identity model before either resolves.</summary>
    public static async Task<TwoNodes> StartAsync(bool keepState, IdentityModelSnapshot? model, CancellationToken cancellationToken)
    {
        var server = await PostgresServer.Require();
        var database = await server.CreateDatabaseAsync();
        var first = await HubNode.StartAsync(database, keepState, cancellationToken);
        var second = await HubNode.StartAsync(database, keepState, cancellationToken);
        if (model is not null)
        {
            // An outcome of no records that only stores the model, as the first resolution of a hub stores the one it trained.
            await first.Identity.SaveResolutionAsync(new ResolutionOutcome(new Dictionary<long, long>(), []) { Model = model, ModelTrained = true }, cancellationToken);
        }

        return new TwoNodes(server, database, first, second);
    }

    /// <summary>
    /// What one node makes of the same batches: it stores them all, then resolves every record once. Returns its clusters
    /// and the model it trained on all of them.
    /// </summary>
    public static async Task<(List<string> Clusters, IdentityModelSnapshot Model)> OneNodeAsync(IEnumerable<SampleBatch> batches, CancellationToken cancellationToken)
    {
        var server = await PostgresServer.Require();
        var database = await server.CreateDatabaseAsync();
        try
        {
            await using var node = await HubNode.StartAsync(database, keepState: false, cancellationToken);
            foreach (var batch in batches) await node.IngestAsync(batch.Source, batch.Records, cancellationToken);
            await node.Resolution.ResolveAsync(full: true, cancellationToken);
            var model = await node.Identity.LoadModelAsync(cancellationToken) ?? throw new InvalidOperationException("the resolution stored no model");
            return (await Clustering.ReadAsync(node.Services, cancellationToken), model);
        }
        finally
        {
            await server.DropDatabaseAsync(database);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await First.DisposeAsync();
        await Second.DisposeAsync();
        await _server.DropDatabaseAsync(_database);
    }
}
