namespace Hub.Linkage.Tests;

/// <summary>
/// One generated customer record in the hub's canonical columns, with its source and the person it belongs to.
/// The source id is given when the set is built, after shuffling, so ids say nothing about who is who.
/// </summary>
internal sealed record HardCaseRow
{
    /// <summary>The canonical columns in file order; <see cref="Values"/> follows it.</summary>
    public static readonly string[] Columns =
    [
        "source_id", "full_name", "given_name", "family_name", "email", "phone", "street", "city", "postcode",
        "country", "birth_date", "company", "external_id", "kind",
    ];

    public required string Source { get; init; }

    public required HardCasePerson Person { get; init; }

    public string SourceId { get; init; } = "";

    public string? FullName { get; init; }

    public string? GivenName { get; init; }

    public string? FamilyName { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public string? Street { get; init; }

    public string? City { get; init; }

    public string? Postcode { get; init; }

    public string? Country { get; init; }

    public string? BirthDate { get; init; }

    public string? Company { get; init; }

    public RecordKey Key => new(Source, SourceId);

    public IEnumerable<string> Values() =>
    [
        SourceId, FullName ?? "", GivenName ?? "", FamilyName ?? "", Email ?? "", Phone ?? "", Street ?? "", City ?? "",
        Postcode ?? "", Country ?? "", BirthDate ?? "", Company ?? "", "", "person",
    ];

    /// <summary>The record in one line for a failure message: key, person, and the fields that identify.</summary>
    public string Describe()
    {
        var name = FullName ?? string.Join(' ', new[] { GivenName, FamilyName }.Where(n => n is { Length: > 0 }));
        var fields = new[] { name, Email, Phone, Country, BirthDate, Street }.Where(f => f is { Length: > 0 });
        return $"{Key} [{Person.Id}] {string.Join(" | ", fields)}";
    }
}
