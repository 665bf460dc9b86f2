using Hub.Core.Mining;
using Hub.Core.Storage.Customers;
using Microsoft.Data.Sqlite;

namespace Hub.Storage.Sqlite;

/// <summary>
/// Keeps <c>customer_mining</c> equal to the current runs: when a miner's run succeeds, the fields it owns
/// (<see cref="MiningPromotions.CustomerFields"/>) are emptied for every customer and set from that run's scores.
/// </summary>
internal static class MiningCustomerFieldsSql
{
    /// <summary>The column of <c>customer_mining</c> holding a field.</summary>
    public static string Column(CustomerField field) => field switch
    {
        CustomerField.RfmSegment => "rfm_segment",
        CustomerField.Tier => "tier",
        CustomerField.KeyAccountScore => "key_account_score",
        CustomerField.ClvValue => "clv_value",
        CustomerField.ProbabilityAlive => "probability_alive",
        CustomerField.Csat => "csat",
        CustomerField.Nps => "nps",
        _ => throw new ArgumentException($"{field} is not a mining field.", nameof(field)),
    };

    /// <summary>Whether the field lives in <c>customer_mining</c>.</summary>
    public static bool IsMiningField(CustomerField field) => MiningPromotions.CustomerFields.Any(f => f.Field == field);

    public static void Refresh(SqliteConnection connection, string miner, long runId)
    {
        var owned = MiningPromotions.CustomerFields.Where(f => f.Miner == miner).ToList();
        if (owned.Count == 0) return;
        var columns = owned.Select(f => Column(f.Field)).ToList();
        Execute(connection, $"UPDATE customer_mining SET {string.Join(", ", columns.Select(c => c + " = NULL"))};", runId);

        // A score is a number, a label, or [number, label] (MiningScoreJson); the path quotes the name, which holds dots.
        var values = owned.Select(f =>
        {
            var path = $"'$.\"{f.Score.Replace("'", "''", StringComparison.Ordinal)}\"'";
            return f.Label
                ? $"CASE json_type(scores, {path}) WHEN 'text' THEN json_extract(scores, {path}) WHEN 'array' THEN json_extract(scores, {path} || '[1]') END"
                : $"CASE json_type(scores, {path}) WHEN 'integer' THEN json_extract(scores, {path}) WHEN 'real' THEN json_extract(scores, {path}) " +
                  $"WHEN 'array' THEN json_extract(scores, {path} || '[0]') END";
        });
        Execute(connection,
            $"INSERT INTO customer_mining (number, {string.Join(", ", columns)}) SELECT customer_number, {string.Join(", ", values)} " +
            $"FROM mining_scores WHERE run_id = ?1 ON CONFLICT (number) DO UPDATE SET {string.Join(", ", columns.Select(c => $"{c} = excluded.{c}"))};", runId);
        var all = MiningPromotions.CustomerFields.Select(f => Column(f.Field) + " IS NULL");
        Execute(connection, $"DELETE FROM customer_mining WHERE {string.Join(" AND ", all)};", runId);
    }

    private static void Execute(SqliteConnection connection, string sql, long runId)
    {
        using var statement = new RawStatement(connection, sql);
        if (sql.Contains("?1", StringComparison.Ordinal)) statement.Bind(1, runId);
        statement.Execute();
    }
}
