using Hub.Contracts;

namespace Hub.Storage.Postgres;

/// <summary>Stages customer records by (source, source id). A deleted record keeps its key and loses its data and its customer.</summary>
internal sealed class CustomerStage(StageEncoding encoding) : RecordStage<CustomerRecord>(encoding, "customer_records",
    [new("source_id", "text")],
    [
        new("kind", "text"), new("full_name", "text"), new("given_name", "text"), new("family_name", "text"), new("email", "text"),
        new("phone", "text"), new("street", "text"), new("city", "text"), new("postcode", "text"), new("country", "text"),
        new("birth_date", "text"), new("company", "text"), new("external_id", "text"),
    ],
    // A deleted record belongs to no customer any more; resolution would say the same, but not until it runs.
    "customer_number = CASE WHEN excluded.is_deleted THEN NULL ELSE t.customer_number END")
{
    protected override bool WriteColumns(StageRow row, CustomerRecord record)
    {
        var c = new CustomerColumns(record);
        c.StartHash(Hasher, record.Stream);

        row.Text(record.SourceId);
        row.Text(c.Kind);
        row.Text(c.FullName);
        row.Text(c.GivenName);
        row.Text(c.FamilyName);
        row.Text(c.Email);
        row.Text(c.Phone);
        row.Text(c.Street);
        row.Text(c.City);
        row.Text(c.Postcode);
        row.Text(c.Country);
        row.Text(c.BirthDate);
        row.Text(c.Company);
        row.Text(c.ExternalId);
        return record.IsDeleted;
    }
}
