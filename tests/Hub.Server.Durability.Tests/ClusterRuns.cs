using System.Globalization;
using Npgsql;

namespace Hub.Server.Durability.Tests;

/// <summary>The runs of a cluster's shared PostgreSQL database, read straight from its runs table while the nodes work.</summary>
internal static class ClusterRuns
{
    public static async Task<List<ClusterRun>> OfAsync(string connectionString, string connectorId)
    {
        await using var connection = new NpgsqlConnection(connectionString + ";Pooling=false");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT id, trigger, outcome, coalesce(node, ''), started_at, read, inserted FROM runs WHERE connector_id = @id ORDER BY id;", connection);
        command.Parameters.AddWithValue("id", connectorId);
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var runs = new List<ClusterRun>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            runs.Add(new ClusterRun(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                DateTimeOffset.Parse(reader.GetString(4), CultureInfo.InvariantCulture), reader.GetInt64(5), reader.GetInt64(6)));
        }

        return runs;
    }
}

/// <summary>One row of the runs table: its trigger, outcome as stored, the node that ran it, when it started, records read and inserted.</summary>
internal sealed record ClusterRun(long Id, string Trigger, string Outcome, string Node, DateTimeOffset StartedAt, long Read, long Inserted);
