using Hub.Contracts;
using Microsoft.Data.Sqlite;

namespace Hub.Storage.Sqlite;

/// <summary>
/// Brings the activity columns of the customers a batch's orders and interactions belong to up to date, inside the
/// batch's transaction. The batch writer names the customer source ids of the rows it changed; an order or interaction
/// that moved to another customer source id also changed its old customer, which only the row's previous value tells,
/// so a temporary trigger on this connection notes those old ids (the upsert does not return them: reading rows back
/// measured at half the upsert's cost). The trigger lives only inside the transaction: created on the first order or
/// interaction, dropped before the commit, and gone with a rollback.
/// </summary>
internal sealed class BatchActivity(SqliteConnection connection, string source)
{
    private static readonly string[] WatchSql =
    [
        "CREATE TEMP TABLE IF NOT EXISTS activity_moved (source TEXT NOT NULL, customer_source_id TEXT NOT NULL);",
        Trigger("orders"),
        Trigger("interactions"),
    ];

    private static readonly string[] UnwatchSql =
    [
        "DROP TRIGGER IF EXISTS temp.activity_moved_orders;",
        "DROP TRIGGER IF EXISTS temp.activity_moved_interactions;",
        "DROP TABLE IF EXISTS temp.activity_moved;",
    ];

    private readonly HashSet<string> _sourceIds = new(StringComparer.Ordinal);
    private bool _watching;

    /// <summary>Call before the batch's first order or interaction is written.</summary>
    public void Watch()
    {
        if (_watching) return;
        foreach (var sql in WatchSql) Execute(sql);
        _watching = true;
    }

    /// <summary>A written order or interaction changed.</summary>
    public void Changed(SourceRecord record)
    {
        switch (record)
        {
            case OrderRecord order:
                _sourceIds.Add(order.CustomerSourceId);
                break;
            case InteractionRecord interaction:
                _sourceIds.Add(interaction.CustomerSourceId);
                break;
        }
    }

    /// <summary>Recomputes the activity of every customer the batch changed; returns how many.</summary>
    public int Refresh()
    {
        if (!_watching) return 0;
        using (var moved = new RawStatement(connection, "SELECT customer_source_id FROM temp.activity_moved WHERE source = ?1;"))
        {
            moved.Bind(1, source);
            while (moved.Step()) _sourceIds.Add(moved.Text(0)!);
        }

        foreach (var sql in UnwatchSql) Execute(sql);
        _watching = false;
        var customers = CustomerActivitySql.CustomersOf(connection, source, _sourceIds);
        CustomerActivitySql.Refresh(connection, customers);
        return customers.Count;
    }

    private static string Trigger(string table) =>
        $"CREATE TEMP TRIGGER IF NOT EXISTS activity_moved_{table} AFTER UPDATE OF customer_source_id ON main.{table} " +
        "WHEN OLD.customer_source_id IS NOT NEW.customer_source_id " +
        "BEGIN INSERT INTO activity_moved (source, customer_source_id) VALUES (OLD.source, OLD.customer_source_id); END;";

    private void Execute(string sql)
    {
        using var statement = new RawStatement(connection, sql);
        statement.Execute();
    }
}
