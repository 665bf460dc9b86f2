namespace Hub.Core.Model;

/// <summary>
/// Why two source records belong to one customer: the comparison levels of every field packed four bits a field (the
/// identity engine's <c>ComparisonVector</c>), the total match weight, and the rule that accepted it. Stored compactly,
/// one row a link; explanations unpack it with the model version that scored it.
/// </summary>
/// <param name="RecordA">Row id of one record.</param>
/// <param name="RecordB">Row id of the other.</param>
/// <param name="Weight">Total match weight in bits (log2 odds); infinite for a rule or an operator's decision.</param>
/// <param name="Levels">The packed comparison levels.</param>
/// <param name="Rule"><c>model</c>, <c>rule:email</c>, <c>rule:external_id</c> or <c>decision:merge</c>.</param>
/// <param name="ModelVersion">The model version that scored the pair.</param>
public sealed record LinkEvidence(long RecordA, long RecordB, double Weight, long Levels, string Rule, int ModelVersion);
