using Hub.Contracts;

namespace Hub.Core.Model;

/// <summary>One unified customer: the best value of each field across its source records.</summary>
public sealed record GoldenCustomer
{
    /// <summary>The stored customer number; <see cref="CustomerId.Format"/> gives the public id.</summary>
    public required long Number { get; init; }
    /// <summary>The public id (<c>cus_N</c>).</summary>
    public string Id => CustomerId.Format(Number);
    /// <summary>Person, organization, channel partner or internal.</summary>
    public CustomerKind Kind { get; init; }
    /// <summary>The name to show: full name, or given and family name, or company, or e-mail.</summary>
    public string? DisplayName { get; init; }
    /// <summary>Given name.</summary>
    public string? GivenName { get; init; }
    /// <summary>Family name.</summary>
    public string? FamilyName { get; init; }
    /// <summary>The preferred e-mail.</summary>
    public string? Email { get; init; }
    /// <summary>The preferred phone, E.164 where it could be parsed.</summary>
    public string? Phone { get; init; }
    /// <summary>Street.</summary>
    public string? Street { get; init; }
    /// <summary>City.</summary>
    public string? City { get; init; }
    /// <summary>Postcode.</summary>
    public string? Postcode { get; init; }
    /// <summary>Country.</summary>
    public string? Country { get; init; }
    /// <summary>Date of birth.</summary>
    public DateOnly? BirthDate { get; init; }
    /// <summary>Company.</summary>
    public string? Company { get; init; }
    /// <summary>Every distinct e-mail of its records.</summary>
    public IReadOnlyList<string> Emails { get; init; } = [];
    /// <summary>Every distinct phone of its records.</summary>
    public IReadOnlyList<string> Phones { get; init; } = [];
    /// <summary>How many source records it unifies.</summary>
    public int RecordCount { get; init; }
    /// <summary>
    /// Where each scalar field's value came from, keyed by <see cref="GoldenFields"/> name; a field without a value has no
    /// entry.
    /// </summary>
    public IReadOnlyDictionary<string, FieldLineage> Lineage { get; init; } = NoLineage;
    /// <summary>Its orders and interactions in brief, as the store last computed them.</summary>
    public CustomerActivity Activity { get; init; } = CustomerActivity.None;

    private static readonly IReadOnlyDictionary<string, FieldLineage> NoLineage = new Dictionary<string, FieldLineage>();
}
