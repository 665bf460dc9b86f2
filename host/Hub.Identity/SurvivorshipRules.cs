namespace Hub.Identity;

/// <summary>The names of the survivorship rules, as configuration and lineage spell them.</summary>
public static class SurvivorshipRules
{
    /// <summary>The most recently changed record's value (higher row id on a tie).</summary>
    public const string MostRecent = "most-recent";
    /// <summary>The value of the first source in the configured priority order that has one.</summary>
    public const string SourcePriority = "source-priority";
    /// <summary>The value most records carry, compared ignoring case and spaces.</summary>
    public const string MostFrequent = "most-frequent";
    /// <summary>The longest value.</summary>
    public const string Longest = "longest";

    /// <summary>Every rule.</summary>
    public static IReadOnlyList<string> All { get; } = [MostRecent, SourcePriority, MostFrequent, Longest];

    /// <summary>Whether <paramref name="name"/> is a rule (exact, lower case).</summary>
    public static bool IsKnown(string? name) => name is not null && All.Contains(name, StringComparer.Ordinal);
}
