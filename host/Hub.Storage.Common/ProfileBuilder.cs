using System.Data.Common;
using Hub.Contracts;

namespace Hub.Storage.Common;

/// <summary>
/// Builds a customer's <see cref="CustomerProfile"/> from its golden record and the rows of its source records and
/// interactions: first contact, source attributes keyed <c>source:name</c> (the most recently updated record of a
/// source wins), and the groups key-account models aggregate by.
/// </summary>
internal sealed class ProfileBuilder(string? displayName, string? company, string? country, RepeatedStrings strings)
{
    // The plugin whose records name a GitHub organisation, and the attribute they name it in (a comma-separated list of logins).
    private const string GitHubPlugin = "github";
    private const string OrganizationAttribute = "organization";

    // A Segment group call is stored as an interaction carrying these attributes (the mobile plugin's MessageMapper).
    private const string SegmentGroupAttribute = "groupId";

    private readonly SortedSet<string> _groups = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Value, string UpdatedAt)> _attributes = new(StringComparer.Ordinal);
    private string? _firstSeen;

    /// <summary>
    /// Adds a row of the engine's records statement: customer number, source, first seen, attributes, updated at
    /// (source's or last changed), plugin id.
    /// </summary>
    public void AddRecord(DbDataReader row)
    {
        var source = strings.Few(row.GetString(1));
        var firstSeen = row.GetString(2);
        if (_firstSeen is null || string.CompareOrdinal(firstSeen, _firstSeen) < 0) _firstSeen = firstSeen;
        var updatedAt = row.GetString(4);
        var plugin = row.IsDBNull(5) ? null : row.GetString(5);
        foreach (var (name, value) in JsonColumns.ReadObject(row.GetString(3)))
        {
            var key = strings.Few(source + ":" + name);
            if (!_attributes.TryGetValue(key, out var known) || string.CompareOrdinal(updatedAt, known.UpdatedAt) > 0) _attributes[key] = (value, updatedAt);
            if (plugin == GitHubPlugin && name == OrganizationAttribute)
            {
                foreach (var login in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    _groups.Add("github-org:" + login.ToLowerInvariant());
            }
        }
    }

    /// <summary>Notes the groups an interaction joins the customer to, and hands it back.</summary>
    public InteractionRecord AddInteraction(InteractionRecord interaction)
    {
        if (interaction.Attributes.TryGetValue(SegmentGroupAttribute, out var group) && !string.IsNullOrWhiteSpace(group))
            _groups.Add("segment-group:" + group.Trim());
        return interaction;
    }

    public CustomerProfile Build()
    {
        if (company?.Trim().ToLowerInvariant() is { Length: > 0 } name) _groups.Add("company:" + name);
        return new CustomerProfile
        {
            DisplayName = displayName,
            Company = company,
            Country = country,
            FirstSeenAt = _firstSeen is null ? null : IsoText.ParseTimestamp(_firstSeen),
            Groups = _groups.Count == 0 ? [] : [.. _groups],
            Attributes = _attributes.Count == 0
                ? CustomerProfile.Empty.Attributes
                : _attributes.ToDictionary(a => a.Key, a => a.Value.Value, StringComparer.Ordinal),
        };
    }
}
