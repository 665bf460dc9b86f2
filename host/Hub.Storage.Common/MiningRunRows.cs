using System.Data.Common;
using Hub.Core.Mining;
using Hub.Core.Model;

namespace Hub.Storage.Common;

/// <summary>How both engines select and read <c>mining_runs</c>, and which runs are current.</summary>
internal static class MiningRunRows
{
    /// <summary>The select list, in the order <see cref="Read"/> expects.</summary>
    public const string Columns = "id, miner, plugin_id, as_of, trigger, started_at, finished_at, outcome, error, parameters, scores, series";

    /// <summary>The id of the latest succeeded run of each miner: its current results.</summary>
    public const string CurrentRuns = "SELECT max(id) AS id FROM mining_runs WHERE outcome = 'Succeeded' GROUP BY miner";

    public static MiningRun Read(DbDataReader row) => new(
        row.GetInt64(0), row.GetString(1), row.GetString(2), IsoText.ParseDate(row.GetString(3))!.Value, row.GetString(4),
        IsoText.ParseTimestamp(row.GetString(5)), IsoText.ParseTimestampOrNull(row.IsDBNull(6) ? null : row.GetString(6)),
        Enum.Parse<RunOutcome>(row.GetString(7)), row.IsDBNull(8) ? null : row.GetString(8), MiningScoreJson.ReadParameters(row.GetString(9)),
        row.GetInt64(10), row.GetInt64(11));
}
