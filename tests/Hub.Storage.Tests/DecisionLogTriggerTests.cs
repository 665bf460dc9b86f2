using System.Data.Common;

namespace Hub.Storage.Tests;

/// <summary>
/// The decision log stays append-only (SQLite since migration 0008, PostgreSQL by its PL/pgSQL triggers): an erasure may empty an override's value and rename a record
/// to its erased id, and nothing else may change. The erasure log itself is append-only.
/// </summary>
public abstract class DecisionLogTriggerTests(StorageEngine engine) : StorageTests(engine)
{
    private static readonly string Erased = "erased:" + new string('a', 64);

    private async Task<TestDatabase> WithDecisionAsync()
    {
        var db = await CreateDatabaseAsync();
        await db.ScalarAsync<long>(
            "INSERT INTO identity_decisions (kind, records, apart, customer_number, field, value, reason, actor, created_at) " +
            "VALUES ('Override', '[\"shop:c1\",\"crm:k1\"]', '[\"shop:c2\"]', 7, 'email', 'ada@example.com', 'from her letter', 'ops', '2024-01-01T00:00:00.0000000Z') RETURNING id;");
        return db;
    }

    [Fact]
    public async Task An_erasure_may_empty_the_value_and_rename_records_to_their_erased_ids_of_the_same_source()
    {
        await using var db = await WithDecisionAsync();

        await db.ScalarAsync<long>(
            $"UPDATE identity_decisions SET value = NULL, records = '[\"shop:{Erased}\",\"crm:k1\"]', apart = '[\"shop:{Erased}\"]' RETURNING id;");

        Assert.Equal(1, await db.ScalarAsync<long>($"SELECT count(*) FROM identity_decisions WHERE value IS NULL AND records = '[\"shop:{Erased}\",\"crm:k1\"]';"));
    }

    [Theory]
    [InlineData("reason = 'changed my mind'")]
    [InlineData("actor = 'someone else'")]
    [InlineData("created_at = '2030-01-01T00:00:00.0000000Z'")]
    [InlineData("kind = 'Merge'")]
    [InlineData("field = 'city'")]
    [InlineData("customer_number = 8")]
    [InlineData("value = 'other@example.com'")]
    [InlineData("records = '[\"shop:c9\",\"crm:k1\"]'")]
    [InlineData("records = '[\"crm:erased:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"crm:k1\"]'")]
    [InlineData("records = '[\"shop:erased:short\",\"crm:k1\"]'")]
    [InlineData("records = '[\"crm:k1\"]'")]
    [InlineData("apart = '[]'")]
    [InlineData("id = 99")]
    public async Task Every_other_change_to_a_decision_is_refused(string change)
    {
        await using var db = await WithDecisionAsync();

        var refused = await Assert.ThrowsAnyAsync<DbException>(() => db.ScalarAsync<long>($"UPDATE identity_decisions SET {change} RETURNING id;"));

        Assert.Contains("append-only", refused.Message, StringComparison.Ordinal);
        Assert.Equal(1, await db.ScalarAsync<long>("SELECT count(*) FROM identity_decisions WHERE value = 'ada@example.com' AND reason = 'from her letter';"));
    }

    [Fact]
    public async Task Decisions_and_erasures_cannot_be_deleted_and_erasures_cannot_be_changed()
    {
        await using var db = await WithDecisionAsync();
        await db.ScalarAsync<long>(
            "INSERT INTO erasures (customer_number, reason, actor, erased_at, source_records, orders, interactions, events, quarantine_items, decisions, suppressions) " +
            "VALUES (7, 'request 17', 'ops', '2024-01-01T00:00:00.0000000Z', 2, 0, 0, 0, 0, 1, 3) RETURNING id;");

        foreach (var sql in new[] { "DELETE FROM identity_decisions RETURNING id;", "DELETE FROM erasures RETURNING id;", "UPDATE erasures SET reason = 'x' RETURNING id;" })
        {
            var refused = await Assert.ThrowsAnyAsync<DbException>(() => db.ScalarAsync<long>(sql));
            Assert.Contains("append-only", refused.Message, StringComparison.Ordinal);
        }
    }
}

public sealed class SqliteDecisionLogTriggerTests() : DecisionLogTriggerTests(StorageEngine.Sqlite);

public sealed class PostgresDecisionLogTriggerTests() : DecisionLogTriggerTests(StorageEngine.Postgres);
