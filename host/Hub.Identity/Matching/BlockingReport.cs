namespace Hub.Identity.Matching;

/// <summary>How many pairs each blocking rule proposed and how many keys it skipped for being shared too widely.</summary>
public sealed class BlockingReport
{
    /// <summary>Per rule, in rule order.</summary>
    public List<BlockingRuleReport> Rules { get; } = [];

    /// <summary>Pairs compared: the rules' pairs without repeats.</summary>
    public long DistinctPairs { get; set; }
}

/// <summary>One blocking rule's share of the work.</summary>
/// <param name="Rule">The rule's name.</param>
/// <param name="Pairs">Pairs it proposed (before removing those other rules proposed too).</param>
/// <param name="SkippedKeys">Keys held by more records than the block-size cap.</param>
public sealed record BlockingRuleReport(string Rule, long Pairs, int SkippedKeys);
