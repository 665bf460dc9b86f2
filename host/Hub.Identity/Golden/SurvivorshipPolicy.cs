using Hub.Core.Model;

namespace Hub.Identity.Golden;

/// <summary>
/// <see cref="SurvivorshipOptions"/> read once per resolution into the form the per-customer hot path wants: a rule per
/// golden field and a rank per source.
/// </summary>
internal sealed class SurvivorshipPolicy
{
    private readonly Dictionary<string, string> _rules;
    private readonly Dictionary<string, int> _sourceRanks;

    private SurvivorshipPolicy(Dictionary<string, string> rules, Dictionary<string, int> sourceRanks)
    {
        _rules = rules;
        _sourceRanks = sourceRanks;
    }

    /// <summary>Every field most-recent, no source priority: what an unconfigured hub does.</summary>
    public static SurvivorshipPolicy Default { get; } = From(new SurvivorshipOptions());

    /// <summary>Reads validated options.</summary>
    public static SurvivorshipPolicy From(SurvivorshipOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var rules = GoldenFields.All.ToDictionary(f => f, options.RuleFor, StringComparer.Ordinal);
        var ranks = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var source in options.PrioritySources) ranks.TryAdd(source, ranks.Count);
        return new SurvivorshipPolicy(rules, ranks);
    }

    /// <summary>The rule name for a <see cref="GoldenFields"/> field.</summary>
    public string RuleFor(string field) => _rules[field];

    /// <summary>The source's place in the priority order, 0 first; sources not listed share the place after the last.</summary>
    public int RankOf(string source) => _sourceRanks.TryGetValue(source, out var rank) ? rank : _sourceRanks.Count;
}
