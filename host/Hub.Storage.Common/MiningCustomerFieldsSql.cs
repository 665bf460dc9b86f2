using Hub.Core.Mining;
using Hub.Core.Storage.Customers;

namespace Hub.Storage.Common;

/// <summary>
/// Where the current mining scores customers are filtered and ordered by are read: the promoted columns of
/// <c>mining_scores</c> (0014) in the latest succeeded run of the miner that owns the field. Nothing is copied when a run
/// succeeds; the run becomes current, and its rows are what filters see.
/// </summary>
internal static class MiningCustomerFieldsSql
{
    /// <summary>The column of <c>mining_scores</c> holding a promoted score.</summary>
    public static string Column(PromotedColumn column) => column switch
    {
        PromotedColumn.Label => "label",
        PromotedColumn.SortValue => "sort_value",
        PromotedColumn.SecondValue => "second_value",
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, null),
    };

    /// <summary>
    /// The mining_scores column of <paramref name="field"/>, and the SQL of the run it is read from (a subquery SQLite
    /// evaluates once per statement; NULL when the miner has no succeeded run, which matches no row).
    /// </summary>
    public static (string Column, string Run) Of(CustomerField field)
    {
        var (miner, column) = MiningPromotions.ColumnOf(field);
        return (Column(column),
            $"(SELECT max(id) FROM mining_runs WHERE miner = '{miner.Replace("'", "''", StringComparison.Ordinal)}' AND outcome = 'Succeeded')");
    }
}
