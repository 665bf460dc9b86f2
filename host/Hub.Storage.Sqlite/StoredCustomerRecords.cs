using Hub.Contracts;
using Hub.Core.Model;
using Microsoft.Data.Sqlite;

namespace Hub.Storage.Sqlite;

/// <summary>Rebuilds <see cref="StoredCustomerRecord"/>s from <c>customer_records</c> rows selected with <see cref="Columns"/>.</summary>
internal static class StoredCustomerRecords
{
    /// <summary>The select list, in the order <see cref="Read"/> expects.</summary>
    public const string Columns =
        "id, source, source_id, kind, full_name, given_name, family_name, email, phone, street, city, postcode, country, " +
        "birth_date, company, external_id, attributes, warnings, source_updated_at, position, customer_number, first_seen, last_changed";

    public static StoredCustomerRecord Read(SqliteDataReader row)
    {
        var source = row.GetString(1);
        var sourceId = row.GetString(2);
        return new StoredCustomerRecord
        {
            RowId = row.GetInt64(0),
            Source = source,
            SourceId = sourceId,
            Record = new CustomerRecord
            {
                SourceId = sourceId,
                Kind = IsoText.ParseKind(row.GetString(3)),
                FullName = Text(row, 4),
                GivenName = Text(row, 5),
                FamilyName = Text(row, 6),
                Email = Text(row, 7),
                Phone = Text(row, 8),
                Street = Text(row, 9),
                City = Text(row, 10),
                Postcode = Text(row, 11),
                Country = Text(row, 12),
                BirthDate = IsoText.ParseDate(Text(row, 13)),
                Company = Text(row, 14),
                ExternalId = Text(row, 15),
                Attributes = JsonColumns.ReadObject(row.GetString(16)),
                Warnings = JsonColumns.ReadArray(row.GetString(17)),
                UpdatedAt = IsoText.ParseTimestampOrNull(Text(row, 18)),
                Position = Text(row, 19),
            },
            CustomerNumber = row.IsDBNull(20) ? null : row.GetInt64(20),
            FirstSeen = IsoText.ParseTimestamp(row.GetString(21)),
            LastChanged = IsoText.ParseTimestamp(row.GetString(22)),
        };
    }

    private static string? Text(SqliteDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : row.GetString(ordinal);
}
