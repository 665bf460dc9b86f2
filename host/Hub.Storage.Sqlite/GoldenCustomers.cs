using Hub.Core.Model;
using Microsoft.Data.Sqlite;

namespace Hub.Storage.Sqlite;

/// <summary>
/// Reads and writes the <c>customers</c> table, which holds one golden record per customer; its <c>lineage</c> column is
/// written by <see cref="JsonColumnWriter.Lineage"/>.
/// </summary>
internal static class GoldenCustomers
{
    /// <summary>The columns a resolution writes; the activity columns are computed in the store (<see cref="CustomerActivitySql"/>).</summary>
    private const string WrittenColumns =
        "number, kind, display_name, given_name, family_name, email, phone, street, city, postcode, country, birth_date, " +
        "company, emails, phones, record_count, lineage";

    /// <summary>The select list, in the order <see cref="Read"/> expects.</summary>
    public const string Columns = WrittenColumns +
        ", first_order_at, last_order_at, order_count, first_interaction_at, last_interaction_at, interaction_count";

    /// <summary>How many columns <see cref="Columns"/> selects.</summary>
    public const int ColumnCount = 23;

    public const string InsertSql = "INSERT INTO customers (" + WrittenColumns + ")" + Values;

    /// <summary>
    /// Like <see cref="InsertSql"/>, but replaces a customer of the same number: a resolution of changes rewrites the
    /// customers it reached and leaves the others alone. Bound the same way.
    /// </summary>
    public const string UpsertSql = "INSERT OR REPLACE INTO customers (" + WrittenColumns + ")" + Values;

    private const string Values = " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17);";

    public static GoldenCustomer Read(SqliteDataReader row) => new()
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
        RecordCount = row.GetInt32(15),
        Lineage = JsonColumns.ReadLineage(row.GetString(16)),
        Activity = new CustomerActivity
        {
            FirstOrderAt = IsoText.ParseTimestampOrNull(Text(row, 17)),
            LastOrderAt = IsoText.ParseTimestampOrNull(Text(row, 18)),
            OrderCount = row.GetInt32(19),
            FirstInteractionAt = IsoText.ParseTimestampOrNull(Text(row, 20)),
            LastInteractionAt = IsoText.ParseTimestampOrNull(Text(row, 21)),
            InteractionCount = row.GetInt32(22),
        },
    };

    /// <summary>Binds a customer to a statement prepared from <see cref="InsertSql"/> or <see cref="UpsertSql"/>.</summary>
    public static void Bind(RawStatement insert, GoldenCustomer customer, JsonColumnWriter json)
    {
        insert.Bind(1, customer.Number);
        insert.Bind(2, IsoText.Kind(customer.Kind));
        insert.Bind(3, customer.DisplayName);
        insert.Bind(4, customer.GivenName);
        insert.Bind(5, customer.FamilyName);
        insert.Bind(6, customer.Email);
        insert.Bind(7, customer.Phone);
        insert.Bind(8, customer.Street);
        insert.Bind(9, customer.City);
        insert.Bind(10, customer.Postcode);
        insert.Bind(11, customer.Country);
        insert.Bind(12, IsoText.Date(customer.BirthDate));
        insert.Bind(13, customer.Company);
        insert.Bind(14, json.Array(customer.Emails));
        insert.Bind(15, json.Array(customer.Phones));
        insert.Bind(16, customer.RecordCount);
        insert.Bind(17, json.Lineage(customer.Lineage));
    }

    private static string? Text(SqliteDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : row.GetString(ordinal);
}
