using Hub.Contracts;

namespace Hub.SampleData;

/// <summary>
/// A real customer and the ground truth about them: who they are, and every row each channel holds for them.
/// Identifiers here are clean (e-mail lower-case, phone in E.164); the rows carry them as people typed them.
/// </summary>
public sealed record SamplePerson
{
    /// <summary>Position in <see cref="SampleDataGenerator.People"/>; the <c>person</c> column of the truth.</summary>
    public required int Index { get; init; }

    /// <summary>Person, organization or channel partner.</summary>
    public required CustomerKind Kind { get; init; }

    /// <summary>ISO 3166 alpha-2: CN, US, GB or DE.</summary>
    public required string Country { get; init; }

    /// <summary>The name as written at home: family name first, without a space, for Chinese persons.</summary>
    public required string FullName { get; init; }

    /// <summary>Given name (persons only).</summary>
    public string? GivenName { get; init; }

    /// <summary>Family name (persons only).</summary>
    public string? FamilyName { get; init; }

    /// <summary>Employer, or the organization's own name.</summary>
    public string? Company { get; init; }

    /// <summary>Lower-case e-mail address, unique to this customer.</summary>
    public required string Email { get; init; }

    /// <summary>Phone in E.164, unique to this customer (a mobile for persons, a landline for firms).</summary>
    public required string Phone { get; init; }

    /// <summary>Membership number, registry number or partner code, unique to this customer; null for non-members.</summary>
    public string? ExternalId { get; init; }

    /// <summary>Street address.</summary>
    public required string Street { get; init; }

    /// <summary>City as locals write it.</summary>
    public required string City { get; init; }

    /// <summary>Postal code.</summary>
    public required string Postcode { get; init; }

    /// <summary>Date of birth, when known (persons only).</summary>
    public DateOnly? BirthDate { get; init; }

    /// <summary>The currency the customer pays in.</summary>
    public required string Currency { get; init; }

    /// <summary>Generated as a high-value customer (many and large orders): the truth for key-account mining.</summary>
    public bool IsKeyAccount { get; init; }

    /// <summary>Every channel row of this customer; one or more, sometimes two in the shop.</summary>
    public required IReadOnlyList<SampleCustomerRow> Records { get; init; }

    /// <summary>Every order of this customer, across their shop accounts.</summary>
    public required IReadOnlyList<SampleOrderRow> Orders { get; init; }
}
