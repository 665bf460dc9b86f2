namespace Hub.Core.Model;

/// <summary>Where a golden field's value came from: the source record that supplied it and the rule that chose it.</summary>
/// <param name="Source">The record's source, or <c>operator</c> for an override.</param>
/// <param name="SourceId">The record's id in its source, or the override decision's id.</param>
/// <param name="ChangedAt">When that record last changed, or when the override was decided.</param>
/// <param name="Rule">The survivorship rule that chose the value (e.g. <c>most-recent</c>), or <c>override</c>.</param>
public sealed record FieldLineage(string Source, string SourceId, DateTimeOffset ChangedAt, string Rule)
{
    /// <summary>The <see cref="Rule"/> of a value an operator set.</summary>
    public const string OverrideRule = "override";

    /// <summary>The <see cref="Source"/> of a value an operator set.</summary>
    public const string OperatorSource = "operator";
}
