using Hub.Contracts;

namespace Hub.SampleData;

/// <summary>Everything known about one customer before the channels write it down in their own ways.</summary>
internal sealed class PersonProfile
{
    public required int Index { get; init; }
    public required CustomerKind Kind { get; init; }
    public required City City { get; init; }
    public string Country => City.Country;
    public bool Female { get; init; }
    public required string FullName { get; init; }
    public string? GivenName { get; init; }
    public string? FamilyName { get; init; }

    /// <summary>Names in Latin letters (pinyin for Chinese persons), as written on GitHub.</summary>
    public string? GivenLatin { get; init; }
    public string? FamilyLatin { get; init; }

    public string? Company { get; init; }
    public required string Email { get; init; }
    public required PhoneNumber Phone { get; init; }
    public string? ExternalId { get; init; }
    public required string Street { get; init; }
    public required string Postcode { get; init; }
    public DateOnly? BirthDate { get; init; }
    public required string Currency { get; init; }

    /// <summary>The readable part of a GitHub login; a unique token is appended.</summary>
    public required string LoginBase { get; init; }

    public bool IsChinese => Country == "CN";
}
