namespace Hub.Identity.Matching;

/// <summary>A pair of records the engine decided belong together, with its evidence.</summary>
/// <param name="A">Index of the first record.</param>
/// <param name="B">Index of the second record.</param>
/// <param name="Weight">The total match weight (log2 odds); deterministic rules and operator decisions carry +∞.</param>
/// <param name="Vector">The comparison levels.</param>
/// <param name="Rule">Why it was accepted: <c>model</c>, <c>rule:email</c>, <c>rule:external_id</c>, <c>decision:merge</c>.</param>
internal readonly record struct ScoredLink(int A, int B, double Weight, ComparisonVector Vector, string Rule);
