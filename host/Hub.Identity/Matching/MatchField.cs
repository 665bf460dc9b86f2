namespace Hub.Identity.Matching;

/// <summary>The fields the model compares, in the order their comparison levels are packed into a <see cref="ComparisonVector"/>.</summary>
public enum MatchField
{
    /// <summary>Given name (romanised for comparison across scripts).</summary>
    GivenName,

    /// <summary>Family name.</summary>
    FamilyName,

    /// <summary>Date of birth.</summary>
    BirthDate,

    /// <summary>E-mail, after provider rules (Gmail dots, plus tags).</summary>
    Email,

    /// <summary>Phone in E.164.</summary>
    Phone,

    /// <summary>Street, abbreviations made uniform.</summary>
    Street,

    /// <summary>City.</summary>
    City,

    /// <summary>Postcode.</summary>
    Postcode,

    /// <summary>An id the customer carries across systems.</summary>
    ExternalId,
}
