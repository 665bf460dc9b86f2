using Hub.Core.Model;
using Hub.Core.Storage;
using Microsoft.Data.Sqlite;

namespace Hub.Storage.Sqlite;

/// <summary>
/// Writes one <see cref="ResolutionOutcome"/> inside the transaction the caller holds open on the connection. At a million
/// records a full save is most of a full resolution's time, so every loop reuses one <see cref="RawStatement"/> and
/// writes a row only when something in it changes.
/// </summary>
internal sealed class ResolutionWriter(SqliteConnection connection, CancellationToken cancellationToken)
{
    private const int CancellationCheckInterval = 4096;

    // A record in both maps costs one statement, not two. A deleted row keeps no customer (a resolution that loaded it
    // before the delete must not give one back) but is still marked resolved at the revision the resolution saw.
    private const string AssignAndMarkSql =
        "UPDATE customer_records SET customer_number = CASE WHEN is_deleted = 0 THEN ?2 ELSE customer_number END, resolved_revision = ?3 " +
        "WHERE id = ?1 AND ((is_deleted = 0 AND customer_number IS NOT ?2) OR resolved_revision IS NOT ?3);";

    private const string AssignSql = "UPDATE customer_records SET customer_number = ?2 WHERE id = ?1 AND is_deleted = 0 AND customer_number IS NOT ?2;";

    // Only the revision the resolution saw: a record changed since keeps its newer revision and stays pending.
    private const string MarkSql = "UPDATE customer_records SET resolved_revision = ?2 WHERE id = ?1 AND resolved_revision IS NOT ?2;";

    private const string InsertLinkSql =
        "INSERT OR REPLACE INTO identity_links (record_a, record_b, customer_number, weight, levels, rule, model_version) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7);";

    /// <summary>Replaces every customer and link; returns the highest customer number written.</summary>
    public long SaveAll(ResolutionOutcome outcome)
    {
        ClearDeletedCustomers();
        var highest = WriteRecords(outcome.CustomerOfRecord, outcome.Revisions);
        // Every customer is written anew, so the table's secondary indexes (the orderings of 0009) are built once from the
        // finished table rather than kept up row by row: rows arrive in number order, every index in another order, and
        // a million inserts at random places in each index measured slower than the rest of the save together.
        var indexes = CustomerIndexes();
        foreach (var (name, _) in indexes) Execute($"DROP INDEX \"{name}\";");
        Execute("DELETE FROM customers;");
        highest = Math.Max(highest, WriteCustomers(GoldenCustomerInsert.InsertSql, outcome.Customers));
        cancellationToken.ThrowIfCancellationRequested();
        CustomerActivitySql.RefreshAll(connection);
        foreach (var (_, sql) in indexes) Execute(sql + ";");
        Execute("DELETE FROM identity_links;");
        InsertLinks(outcome);
        return highest;
    }

    /// <summary>
    /// Replaces only the records, customers and links the outcome names, and only over the generation it was computed
    /// against (checked first, under the caller's write lock); returns the highest customer number written.
    /// </summary>
    public long SaveChanges(ResolutionOutcome outcome)
    {
        ResolutionGeneration.Require(connection, outcome.Generation);
        // Before the records are marked: it looks only at pending ones.
        ClearPendingDeletedCustomers();
        var highest = WriteRecords(outcome.CustomerOfRecord, outcome.Revisions);
        RemoveCustomers(outcome.RemovedCustomers);
        highest = Math.Max(highest, WriteCustomers(GoldenCustomerInsert.UpsertSql, outcome.Customers));
        // The upsert rewrote their rows with no activity; their records are all known again now.
        CustomerActivitySql.Refresh(connection, outcome.Customers.Select(c => c.Number).ToList());
        RemoveLinksOf(outcome.Customers.Select(c => c.Number).Concat(outcome.RemovedCustomers));
        InsertLinks(outcome);
        return highest;
    }

    /// <summary>Stores newly trained parameters under their version.</summary>
    public void SaveModel(IdentityModelSnapshot model)
    {
        using var insert = new RawStatement(connection, "INSERT OR REPLACE INTO identity_models (version, trained_at, parameters) VALUES (?1, ?2, ?3);");
        insert.Bind(1, (long)model.Version);
        insert.Bind(2, IsoText.Timestamp(model.TrainedAt));
        insert.Bind(3, model.Json);
        insert.Execute();
    }

    /// <summary>Raises the highest customer number ever given out; it never goes down, so removed numbers are not reused.</summary>
    public void RaiseMaxCustomerNumber(long highest)
    {
        using var raise = new RawStatement(connection, "UPDATE meta SET value = max(value, ?1) WHERE key = 'max_customer_number';");
        raise.Bind(1, highest);
        raise.Execute();
    }

    // The customers table's own indexes as the migrations created them (automatic ones, such as the primary key's, have no SQL).
    private List<(string Name, string Sql)> CustomerIndexes()
    {
        var indexes = new List<(string, string)>();
        using var select = new RawStatement(connection, "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'customers' AND sql IS NOT NULL;");
        while (select.Step()) indexes.Add((select.Text(0)!, select.Text(1)!));
        return indexes;
    }

    private void ClearDeletedCustomers() =>
        Execute("UPDATE customer_records SET customer_number = NULL WHERE is_deleted = 1 AND customer_number IS NOT NULL;");

    // A deleted record that still has a customer is always pending: the upsert clears the customer when it stores the
    // deletion, no save gives one back, and migration 0006 left older such rows pending. So a save of changes reads only
    // the pending index, named because the planner otherwise picks the customer number index: a scan of every resolved
    // record that measured 0.3 s at a million records, against milliseconds.
    private void ClearPendingDeletedCustomers() =>
        Execute("UPDATE customer_records INDEXED BY ix_customer_records_pending SET customer_number = NULL " +
            "WHERE resolved_revision IS NOT revision AND is_deleted = 1 AND customer_number IS NOT NULL;");

    private long WriteRecords(IReadOnlyDictionary<long, long> customerOfRecord, IReadOnlyDictionary<long, long> revisions)
    {
        using var assignAndMark = new RawStatement(connection, AssignAndMarkSql);
        using var assign = new RawStatement(connection, AssignSql);
        long highest = 0, done = 0;
        foreach (var (rowId, customerNumber) in customerOfRecord)
        {
            if (done++ % CancellationCheckInterval == 0) cancellationToken.ThrowIfCancellationRequested();
            RequireValid(customerNumber);
            if (revisions.TryGetValue(rowId, out var revision)) Run(assignAndMark, rowId, customerNumber, revision);
            else Run(assign, rowId, customerNumber);
            highest = Math.Max(highest, customerNumber);
        }

        using var mark = new RawStatement(connection, MarkSql);
        foreach (var (rowId, revision) in revisions)
        {
            if (done++ % CancellationCheckInterval == 0) cancellationToken.ThrowIfCancellationRequested();
            if (!customerOfRecord.ContainsKey(rowId)) Run(mark, rowId, revision);
        }
        return highest;
    }

    private long WriteCustomers(string sql, IReadOnlyList<GoldenCustomer> customers)
    {
        using var insert = new RawStatement(connection, sql);
        using var json = new JsonColumnWriter();
        long highest = 0;
        for (var i = 0; i < customers.Count; i++)
        {
            if (i % CancellationCheckInterval == 0) cancellationToken.ThrowIfCancellationRequested();
            var customer = customers[i];
            RequireValid(customer.Number);
            GoldenCustomerInsert.Bind(insert, customer, json);
            insert.Execute();
            highest = Math.Max(highest, customer.Number);
        }
        return highest;
    }

    private void RemoveCustomers(IReadOnlyList<long> numbers) => ForEachNumber("DELETE FROM customers WHERE number = ?1;", numbers);

    private void RemoveLinksOf(IEnumerable<long> numbers) => ForEachNumber("DELETE FROM identity_links WHERE customer_number = ?1;", numbers);

    private void ForEachNumber(string sql, IEnumerable<long> numbers)
    {
        using var statement = new RawStatement(connection, sql);
        var done = 0L;
        foreach (var number in numbers)
        {
            if (done++ % CancellationCheckInterval == 0) cancellationToken.ThrowIfCancellationRequested();
            statement.Bind(1, number);
            statement.Execute();
        }
    }

    private void InsertLinks(ResolutionOutcome outcome)
    {
        using var insert = new RawStatement(connection, InsertLinkSql);
        var done = 0L;
        foreach (var link in outcome.Links)
        {
            if (done++ % CancellationCheckInterval == 0) cancellationToken.ThrowIfCancellationRequested();
            if (!outcome.CustomerOfRecord.TryGetValue(link.RecordA, out var customer)) continue;
            insert.Bind(1, link.RecordA);
            insert.Bind(2, link.RecordB);
            insert.Bind(3, customer);
            if (double.IsFinite(link.Weight)) insert.Bind(4, link.Weight);
            else insert.BindNull(4);
            insert.Bind(5, link.Levels);
            insert.Bind(6, link.Rule);
            insert.Bind(7, (long)link.ModelVersion);
            insert.Execute();
        }
    }

    private void Execute(string sql)
    {
        using var statement = new RawStatement(connection, sql);
        statement.Execute();
    }

    private static void Run(RawStatement statement, long first, long second)
    {
        statement.Bind(1, first);
        statement.Bind(2, second);
        statement.Execute();
    }

    private static void Run(RawStatement statement, long first, long second, long third)
    {
        statement.Bind(3, third);
        Run(statement, first, second);
    }

    private static void RequireValid(long customerNumber)
    {
        if (customerNumber <= 0)
            throw new ArgumentException($"Customer number {customerNumber} is not valid: customer numbers start at 1.", nameof(customerNumber));
    }
}
