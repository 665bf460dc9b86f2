using Hub.Contracts;

namespace Hub.Storage.Common;

/// <summary>
/// The data columns of a customer record as both engines store them, in table order, and their share of the content hash.
/// A deleted record keeps only its kind: its personal data is not stored. A struct: the ingest path builds one per row.
/// </summary>
internal readonly struct CustomerColumns
{
    public CustomerColumns(CustomerRecord record)
    {
        var keep = !record.IsDeleted;
        Kind = IsoText.Kind(record.Kind);
        FullName = keep ? record.FullName : null;
        GivenName = keep ? record.GivenName : null;
        FamilyName = keep ? record.FamilyName : null;
        Email = keep ? record.Email : null;
        Phone = keep ? record.Phone : null;
        Street = keep ? record.Street : null;
        City = keep ? record.City : null;
        Postcode = keep ? record.Postcode : null;
        Country = keep ? record.Country : null;
        BirthDate = keep ? IsoText.Date(record.BirthDate) : null;
        Company = keep ? record.Company : null;
        ExternalId = keep ? record.ExternalId : null;
    }

    public string Kind { get; }
    public string? FullName { get; }
    public string? GivenName { get; }
    public string? FamilyName { get; }
    public string? Email { get; }
    public string? Phone { get; }
    public string? Street { get; }
    public string? City { get; }
    public string? Postcode { get; }
    public string? Country { get; }
    public string? BirthDate { get; }
    public string? Company { get; }
    public string? ExternalId { get; }

    /// <summary>Starts the record's content hash with these columns; the caller adds what every record has.</summary>
    public void StartHash(ContentHasher hasher, string stream) =>
        hasher.Start(stream).Add(Kind).Add(FullName).Add(GivenName).Add(FamilyName).Add(Email).Add(Phone)
            .Add(Street).Add(City).Add(Postcode).Add(Country).Add(BirthDate).Add(Company).Add(ExternalId);
}
