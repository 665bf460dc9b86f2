namespace Hub.Linkage.Tests;

/// <summary>Which pairs of records a pairwise score counts.</summary>
internal enum PairScope
{
    /// <summary>Deduplication: every pair of records.</summary>
    AllPairs,

    /// <summary>
    /// Linkage between files: only pairs whose records come from different sources. Each file is imported under its
    /// own source, so this is "different files"; within-file pairs are neither rewarded nor punished.
    /// </summary>
    CrossSource,
}
