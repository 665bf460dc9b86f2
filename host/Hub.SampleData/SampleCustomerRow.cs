namespace Hub.SampleData;

/// <summary>
/// One customer row exactly as the channel exports it, in the hub's canonical CSV columns. Values are text as
/// written (phones in whatever format, e-mails with their slips, possibly a broken birth date).
/// </summary>
public sealed record SampleCustomerRow
{
    /// <summary>The source the row belongs to, one of <see cref="SampleSources"/>.</summary>
    public required string Source { get; init; }

    /// <summary>The customer's id in the source.</summary>
    public required string SourceId { get; init; }

    /// <summary>The ground truth: the <see cref="SamplePerson.Index"/> of the real customer behind the row.</summary>
    public required int Person { get; init; }

    /// <summary><c>person</c>, <c>organization</c> or <c>channel_partner</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The name as the source shows it.</summary>
    public string? FullName { get; init; }

    /// <summary>Given name, where the source splits names.</summary>
    public string? GivenName { get; init; }

    /// <summary>Family name, where the source splits names.</summary>
    public string? FamilyName { get; init; }

    /// <summary>E-mail as typed.</summary>
    public string? Email { get; init; }

    /// <summary>Phone as typed or as the switch showed it.</summary>
    public string? Phone { get; init; }

    /// <summary>Street address.</summary>
    public string? Street { get; init; }

    /// <summary>City (GitHub: the free-text location).</summary>
    public string? City { get; init; }

    /// <summary>Postal code.</summary>
    public string? Postcode { get; init; }

    /// <summary>ISO 3166 alpha-2; set whenever the phone is in a national format.</summary>
    public string? Country { get; init; }

    /// <summary><c>yyyy-MM-dd</c>, or the broken value of a dirty row.</summary>
    public string? BirthDate { get; init; }

    /// <summary>Employer, or the organization's own name.</summary>
    public string? Company { get; init; }

    /// <summary>Membership number, company registry number or partner code.</summary>
    public string? ExternalId { get; init; }

    /// <summary>What is deliberately wrong with the row, or null for a clean row.</summary>
    public string? Problem { get; init; }
}
