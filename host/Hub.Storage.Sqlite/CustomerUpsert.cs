using Hub.Contracts;

namespace Hub.Storage.Sqlite;

/// <summary>Upserts customer records by (source, source id). A deleted record keeps its key and loses its data and its customer.</summary>
internal sealed class CustomerUpsert : RecordUpsert
{
    private static readonly string[] DataColumns =
    [
        "kind", "full_name", "given_name", "family_name", "email", "phone", "street", "city", "postcode", "country",
        "birth_date", "company", "external_id",
    ];

    private readonly int _sourceId;
    private readonly int _kind;

    public CustomerUpsert(IngestContext context)
        : base(context, "customer_records", ["source_id"], DataColumns,
            // A deleted record belongs to no customer any more; resolution would say the same, but not until it runs.
            "customer_number = CASE WHEN excluded.is_deleted THEN NULL ELSE customer_number END")
    {
        _sourceId = Column("source_id");
        // The data columns follow the kind in DataColumns order.
        _kind = Column("kind");
    }

    public UpsertResult Upsert(CustomerRecord record)
    {
        var keep = !record.IsDeleted;
        var kind = IsoText.Kind(record.Kind);
        var fullName = keep ? record.FullName : null;
        var givenName = keep ? record.GivenName : null;
        var familyName = keep ? record.FamilyName : null;
        var email = keep ? record.Email : null;
        var phone = keep ? record.Phone : null;
        var street = keep ? record.Street : null;
        var city = keep ? record.City : null;
        var postcode = keep ? record.Postcode : null;
        var country = keep ? record.Country : null;
        var birthDate = keep ? IsoText.Date(record.BirthDate) : null;
        var company = keep ? record.Company : null;
        var externalId = keep ? record.ExternalId : null;

        Hasher.Start(record.Stream).Add(kind).Add(fullName).Add(givenName).Add(familyName).Add(email).Add(phone)
            .Add(street).Add(city).Add(postcode).Add(country).Add(birthDate).Add(company).Add(externalId);

        var s = Statement;
        s.Bind(_sourceId, record.SourceId);
        var at = _kind;
        s.Bind(at, kind);
        s.Bind(at + 1, fullName);
        s.Bind(at + 2, givenName);
        s.Bind(at + 3, familyName);
        s.Bind(at + 4, email);
        s.Bind(at + 5, phone);
        s.Bind(at + 6, street);
        s.Bind(at + 7, city);
        s.Bind(at + 8, postcode);
        s.Bind(at + 9, country);
        s.Bind(at + 10, birthDate);
        s.Bind(at + 11, company);
        s.Bind(at + 12, externalId);
        return Execute(record, clearData: !keep);
    }
}
