using Hub.Core.Model;

namespace Hub.Storage.Sqlite;

/// <summary>How a resolution writes golden records into <c>customers</c> on SQLite: one reused statement per row.</summary>
internal static class GoldenCustomerInsert
{
    public const string InsertSql = "INSERT INTO customers (" + GoldenCustomers.WrittenColumns + ")" + Values;

    /// <summary>
    /// Like <see cref="InsertSql"/>, but replaces a customer of the same number: a resolution of changes rewrites the
    /// customers it reached and leaves the others alone. Bound the same way.
    /// </summary>
    public const string UpsertSql = "INSERT OR REPLACE INTO customers (" + GoldenCustomers.WrittenColumns + ")" + Values;

    private const string Values = " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17);";

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
}
