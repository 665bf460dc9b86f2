using System.Globalization;

namespace Hub.Benchmarks.Scenarios;

/// <summary>
/// A fast pipeline that stores the wrong thing is worthless: each round's counts are checked against what the sample files
/// must give (every row stored once; nothing quarantined, since the sample's customer rows are all storable; a re-import
/// changes nothing; a sync stores what an import stores).
/// </summary>
internal static class IngestChecks
{
    public static IEnumerable<string> Check(IngestRound round, long rows, int number)
    {
        var import = round.Import.Counts!;
        var reimport = round.Reimport.Counts!;
        var sync = round.Sync.Counts!;
        string Problem(FormattableString text) => $"round {number}: " + text.ToString(CultureInfo.InvariantCulture);

        if (import.Read != rows || import.Inserted != rows || import.Updated != 0 || import.Quarantined != 0)
            yield return Problem($"the import read {import.Read}, inserted {import.Inserted}, updated {import.Updated} and quarantined {import.Quarantined} of {rows} rows; expected every row inserted");
        if (reimport.Unchanged != rows || reimport.Inserted != 0 || reimport.Updated != 0)
            yield return Problem($"the re-import found {reimport.Unchanged} unchanged, {reimport.Inserted} new and {reimport.Updated} updated of {rows}; expected all unchanged");
        if (sync != import)
            yield return Problem($"the sync counted {sync} but the import {import}");
        if (round.Floor.Records != rows || round.FloorWithKey.Records != rows)
            yield return Problem($"the floor inserted {round.Floor.Records} and {round.FloorWithKey.Records} rows of {rows}");
    }
}
