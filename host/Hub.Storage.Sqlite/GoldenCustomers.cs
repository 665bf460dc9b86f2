using Hub.Core.Model;
using Microsoft.Data.Sqlite;

namespace Hub.Storage.Sqlite;

/// <summary>Reads and writes the <c>customers</c> table, which holds one golden record per customer.</summary>
internal static class GoldenCustomers
{
    /// <summary>The select list, in the order <see cref="Read"/> expects.</summary>
    public const string Columns =
        "number, kind, display_name, given_name, family_name, email, phone, street, city, postcode, country, birth_date, " +
        "company, emails, phones, record_count";

    public const string InsertSql =
        "INSERT INTO customers (" + Columns + ") VALUES ($number, $kind, $display_name, $given_name, $family_name, $email, " +
        "$phone, $street, $city, $postcode, $country, $birth_date, $company, $emails, $phones, $record_count);";

    private static readonly string[] Parameters =
    [
        "$number", "$kind", "$display_name", "$given_name", "$family_name", "$email", "$phone", "$street", "$city",
        "$postcode", "$country", "$birth_date", "$company", "$emails", "$phones", "$record_count",
    ];

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
    };

    /// <summary>A prepared insert whose parameters, in <see cref="Columns"/> order, are bound by <see cref="Bind"/>.</summary>
    public static SqliteCommand PrepareInsert(SqliteConnection connection, SqliteTransaction transaction)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = InsertSql;
        foreach (var name in Parameters) command.Parameters.Add(name, name is "$number" or "$record_count" ? SqliteType.Integer : SqliteType.Text);
        command.Prepare();
        return command;
    }

    public static void Bind(SqliteCommand insert, GoldenCustomer customer, JsonColumnWriter json)
    {
        var p = insert.Parameters;
        p[0].Value = customer.Number;
        p[1].Value = IsoText.Kind(customer.Kind);
        p[2].Value = Value(customer.DisplayName);
        p[3].Value = Value(customer.GivenName);
        p[4].Value = Value(customer.FamilyName);
        p[5].Value = Value(customer.Email);
        p[6].Value = Value(customer.Phone);
        p[7].Value = Value(customer.Street);
        p[8].Value = Value(customer.City);
        p[9].Value = Value(customer.Postcode);
        p[10].Value = Value(customer.Country);
        p[11].Value = Value(IsoText.Date(customer.BirthDate));
        p[12].Value = Value(customer.Company);
        p[13].Value = json.Array(customer.Emails);
        p[14].Value = json.Array(customer.Phones);
        p[15].Value = customer.RecordCount;
    }

    private static object Value(string? text) => (object?)text ?? DBNull.Value;

    private static string? Text(SqliteDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : row.GetString(ordinal);
}
