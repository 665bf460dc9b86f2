namespace Hub.Contracts;

/// <summary>A customer as one source knows it; identity resolution unifies these into customers.</summary>
public sealed record CustomerRecord : SourceRecord
{
    /// <inheritdoc />
    public override string Stream => "customers";

    /// <inheritdoc />
    public override string RecordId => SourceId;

    /// <summary>The customer's id in the source. Required.</summary>
    public required string SourceId { get; init; }

    /// <summary>Person, organization, channel partner or internal.</summary>
    public CustomerKind Kind { get; init; } = CustomerKind.Person;

    /// <summary>The name as written, when the source does not split it.</summary>
    public string? FullName { get; init; }

    /// <summary>Given (first) name.</summary>
    public string? GivenName { get; init; }

    /// <summary>Family name (surname).</summary>
    public string? FamilyName { get; init; }

    /// <summary>E-mail address.</summary>
    public string? Email { get; init; }

    /// <summary>Phone number in any format people type.</summary>
    public string? Phone { get; init; }

    /// <summary>Street address.</summary>
    public string? Street { get; init; }

    /// <summary>City.</summary>
    public string? City { get; init; }

    /// <summary>Postal code.</summary>
    public string? Postcode { get; init; }

    /// <summary>Country, preferably as an ISO 3166 alpha-2 code.</summary>
    public string? Country { get; init; }

    /// <summary>Date of birth.</summary>
    public DateOnly? BirthDate { get; init; }

    /// <summary>The company the person works for, or the organization's name.</summary>
    public string? Company { get; init; }

    /// <summary>An id shared across systems (a loyalty card, a national id, a CRM id).</summary>
    public string? ExternalId { get; init; }
}
