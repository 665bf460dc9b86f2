using System.Globalization;
using Hub.Core.Model;

namespace Hub.Benchmarks.Scenarios;

/// <summary>
/// A fast resolution of the wrong records is worthless: the counts of each round are checked against the sample (every
/// row stored and considered, every record in exactly one customer, the customers saved being the ones resolved, the
/// engine alone and the whole command agreeing on the same input).
/// </summary>
internal static class ResolutionChecks
{
    public static IEnumerable<string> CheckIngest(RunCounts counts, long rows)
    {
        if (counts.Read != rows || counts.Inserted != rows || counts.Quarantined != 0)
            yield return Format($"resolution store: the import read {counts.Read}, inserted {counts.Inserted} and quarantined {counts.Quarantined} of {rows} rows; expected every row inserted");
    }

    /// <param name="round">The round's results.</param>
    /// <param name="rows">Rows imported before the first resolution.</param>
    /// <param name="allRows">Rows in all, the ones arriving later included.</param>
    /// <param name="number">The round's number.</param>
    public static IEnumerable<string> Check(ResolutionRound round, long rows, long allRows, int number)
    {
        string Problem(FormattableString text) => $"resolution round {number}: " + Format(text);
        var accuracy = round.Accuracy;

        if (round.Load.Records != rows || round.Engine.Measured.Records != rows || round.Full.Measured.Records != rows)
            yield return Problem($"{round.Load.Records} records were loaded, {round.Engine.Measured.Records} resolved alone and {round.Full.Measured.Records} by resolve --full, of {rows} rows");
        if (accuracy.Records != allRows || accuracy.Unresolved != 0 || accuracy.Unknown != 0)
            yield return Problem($"of the truth's {accuracy.Records} records {accuracy.Unresolved} are in no customer, and {accuracy.Unknown} records in customers are not in the truth ({allRows} rows)");
        var incremental = round.Incremental;
        if (!incremental.WasIncremental)
            yield return Problem($"the running hub resolved every record instead of the {incremental.Measured.Records} new ones");
        if (incremental.Records != allRows || incremental.Differences != 0)
            yield return Problem($"after the incremental resolution a full rerun put {incremental.Differences} of {incremental.Records} records ({allRows} rows) in other customers");
        if (round.Engine.Customers != round.Full.Customers || round.Engine.PairsCompared != round.Full.PairsCompared)
            yield return Problem($"the engine alone made {round.Engine.Customers} customers from {round.Engine.PairsCompared} pairs, resolve --full {round.Full.Customers} from {round.Full.PairsCompared}, from the same records");
    }

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
