using Hub.Benchmarks.Reporting;
using Hub.SampleData;

namespace Hub.Benchmarks.Scenarios;

/// <summary>Everything the document says about one run of the scenarios.</summary>
/// <param name="Machine">What it ran on.</param>
/// <param name="Date">When it ran.</param>
/// <param name="Options">How it was asked to run.</param>
/// <param name="Files">The customer files that were ingested.</param>
/// <param name="Generation">How long generating the sample files took.</param>
/// <param name="Rounds">The rounds in order; the last one is reported.</param>
/// <param name="Problems">Counts that were not what a correct pipeline gives; empty when all is well.</param>
internal sealed record IngestReport(
    MachineInfo Machine,
    DateTimeOffset Date,
    ScenarioOptions Options,
    IReadOnlyList<SampleFile> Files,
    TimeSpan Generation,
    IReadOnlyList<IngestRound> Rounds,
    IReadOnlyList<string> Problems)
{
    public IngestRound Last => Rounds[^1];

    public long Rows => Files.Sum(f => (long)f.Rows);
}
