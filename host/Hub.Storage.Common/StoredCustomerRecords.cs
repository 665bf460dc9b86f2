using Hub.Contracts;
using Hub.Core.Model;

namespace Hub.Storage.Common;

/// <summary>Rebuilds <see cref="StoredCustomerRecord"/>s from <c>customer_records</c> rows selected with <see cref="Columns"/>.</summary>
internal static class StoredCustomerRecords
{
    /// <summary>The select list, in the order <see cref="Read"/> expects.</summary>
    public const string Columns =
        "id, source, source_id, kind, full_name, given_name, family_name, email, phone, street, city, postcode, country, " +
        "birth_date, company, external_id, attributes, warnings, source_updated_at, position, customer_number, first_seen, last_changed, revision";

    /// <summary>The ordinal of <c>revision</c> in <see cref="Columns"/>, for readers that need only the id and revision of a row.</summary>
    public const int RevisionOrdinal = 23;

    public static StoredCustomerRecord Read<TRow>(TRow row) where TRow : ICustomerRecordRow
    {
        var source = row.Text(1)!;
        var sourceId = row.Text(2)!;
        return new StoredCustomerRecord
        {
            RowId = row.Int64(0),
            Source = source,
            SourceId = sourceId,
            Record = new CustomerRecord
            {
                SourceId = sourceId,
                Kind = IsoText.ParseKind(row.Text(3)!),
                FullName = row.Text(4),
                GivenName = row.Text(5),
                FamilyName = row.Text(6),
                Email = row.Text(7),
                Phone = row.Text(8),
                Street = row.Text(9),
                City = row.Text(10),
                Postcode = row.Text(11),
                Country = row.Text(12),
                BirthDate = IsoText.ParseDate(row.Text(13)),
                Company = row.Text(14),
                ExternalId = row.Text(15),
                Attributes = JsonColumns.ReadObject(row.Utf8(16)),
                Warnings = JsonColumns.ReadArray(row.Utf8(17)),
                UpdatedAt = IsoText.ParseTimestampOrNull(row.Text(18)),
                Position = row.Text(19),
            },
            CustomerNumber = row.Int64OrNull(20),
            FirstSeen = IsoText.ParseTimestamp(row.Text(21)!),
            LastChanged = IsoText.ParseTimestamp(row.Text(22)!),
            Revision = row.Int64(RevisionOrdinal),
        };
    }
}
