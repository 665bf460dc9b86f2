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
        var c = new CustomerColumns(record);
        c.StartHash(Hasher, record.Stream);

        var s = Statement;
        s.Bind(_sourceId, record.SourceId);
        var at = _kind;
        s.Bind(at, c.Kind);
        s.Bind(at + 1, c.FullName);
        s.Bind(at + 2, c.GivenName);
        s.Bind(at + 3, c.FamilyName);
        s.Bind(at + 4, c.Email);
        s.Bind(at + 5, c.Phone);
        s.Bind(at + 6, c.Street);
        s.Bind(at + 7, c.City);
        s.Bind(at + 8, c.Postcode);
        s.Bind(at + 9, c.Country);
        s.Bind(at + 10, c.BirthDate);
        s.Bind(at + 11, c.Company);
        s.Bind(at + 12, c.ExternalId);
        return Execute(record, clearData: record.IsDeleted);
    }
}
