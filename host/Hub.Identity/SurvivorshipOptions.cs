using Hub.Core.Model;

namespace Hub.Identity;

/// <summary>
/// How a golden record chooses each scalar field's value among its records' values; bound from
/// <c>Hub:Identity:Survivorship</c>. Rules: <c>most-recent</c> (the newest record's value), <c>source-priority</c> (the
/// first source of <see cref="SourcePriority"/> that has a value), <c>most-frequent</c> (the value most records carry,
/// ignoring case and spaces) and <c>longest</c>. Every rule breaks ties by the most recent value.
/// </summary>
public sealed class SurvivorshipOptions
{
    /// <summary>The rule for every field not named in <see cref="Fields"/>.</summary>
    public string Default { get; set; } = SurvivorshipRules.MostRecent;

    /// <summary>
    /// Sources in falling priority, comma separated (e.g. <c>crm,shop</c>), for the <c>source-priority</c> rule; sources not
    /// listed come after those listed. (Text rather than a list: configuration binding adds to a list instead of replacing it.)
    /// </summary>
    public string SourcePriority { get; set; } = "";

    /// <summary>
    /// A rule per field name (<c>email</c>, <c>birth_date</c>, ...), overriding <see cref="Default"/>. Empty by default, since
    /// configuration binding adds to a dictionary's entries rather than replacing them.
    /// </summary>
    public Dictionary<string, string> Fields { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The sources of <see cref="SourcePriority"/>, highest first.</summary>
    public IReadOnlyList<string> PrioritySources =>
        (SourcePriority ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The rule name that applies to <paramref name="field"/>.</summary>
    public string RuleFor(string field) =>
        Fields is not null && Fields.TryGetValue(field, out var rule) ? rule.Trim() : (Default ?? "").Trim();

    /// <summary>Throws when a rule or field name is unknown, naming the configuration key and the allowed values.</summary>
    public void Validate()
    {
        const string Section = "Hub:Identity:Survivorship";
        if (!SurvivorshipRules.IsKnown((Default ?? "").Trim()))
            throw new ArgumentException($"{Section}:Default must be one of {string.Join(", ", SurvivorshipRules.All)}, not '{Default}'");
        foreach (var (field, rule) in Fields ?? [])
        {
            if (!GoldenFields.IsKnown(field.Trim().ToLowerInvariant()))
                throw new ArgumentException($"{Section}:Fields may name {string.Join(", ", GoldenFields.All)}, not '{field}'");
            if (!SurvivorshipRules.IsKnown((rule ?? "").Trim()))
                throw new ArgumentException($"{Section}:Fields:{field} must be one of {string.Join(", ", SurvivorshipRules.All)}, not '{rule}'");
        }
    }
}
