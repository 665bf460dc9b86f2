using Hub.Core.Model;
using System.Data.Common;

namespace Hub.Storage.Common;

/// <summary>
/// The columns of the <c>customers</c> table, which holds one golden record per customer, and reading them back; each engine
/// writes them its own way (its <c>lineage</c> column by <see cref="JsonColumnWriter.Lineage"/>).
/// </summary>
internal static class GoldenCustomers
{
    /// <summary>The columns a resolution writes; the activity columns are computed in the store (<see cref="CustomerActivitySql"/>).</summary>
    public const string WrittenColumns =
        "number, kind, display_name, given_name, family_name, email, phone, street, city, postcode, country, birth_date, " +
        "company, emails, phones, record_count, lineage";

    /// <summary>The select list, in the order <see cref="Read"/> expects.</summary>
    public const string Columns = WrittenColumns +
        ", first_order_at, last_order_at, order_count, first_interaction_at, last_interaction_at, interaction_count";

    /// <summary><see cref="Columns"/> with each column prefixed by a table alias (<c>c.</c>), for a join.</summary>
    public static string ColumnsOf(string alias) => string.Join(", ", Columns.Split(", ").Select(c => alias + c));

    /// <summary>How many columns <see cref="Columns"/> selects.</summary>
    public const int ColumnCount = 23;

    public static GoldenCustomer Read(DbDataReader row) => new()
    {
        Number = row.GetInt64(0),
        Kind = IsoText.ParseKind(row.GetString(1)),
        DisplayName = Text(row, 2),
        GivenName = Text(row, 3),
        FamilyName = Text(row, 4),
        Email = Text(row, 5),
        Phone = Text(row, 6),
        Street = Text(row, 7),
        City = Text(row, 8),
        Postcode = Text(row, 9),
        Country = Text(row, 10),
        BirthDate = IsoText.ParseDate(Text(row, 11)),
        Company = Text(row, 12),
        Emails = JsonColumns.ReadArray(row.GetString(13)),
        Phones = JsonColumns.ReadArray(row.GetString(14)),
        // A BIGINT on PostgreSQL, an INTEGER on SQLite.
        RecordCount = checked((int)row.GetInt64(15)),
        Lineage = JsonColumns.ReadLineage(row.GetString(16)),
        Activity = new CustomerActivity
        {
            FirstOrderAt = IsoText.ParseTimestampOrNull(Text(row, 17)),
            LastOrderAt = IsoText.ParseTimestampOrNull(Text(row, 18)),
            OrderCount = checked((int)row.GetInt64(19)),
            FirstInteractionAt = IsoText.ParseTimestampOrNull(Text(row, 20)),
            LastInteractionAt = IsoText.ParseTimestampOrNull(Text(row, 21)),
            InteractionCount = checked((int)row.GetInt64(22)),
        },
    };

    private static string? Text(DbDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : row.GetString(ordinal);
}
