using Hub.Contracts;

namespace Hub.Plugins.Files.Tests;

public sealed class ColumnMappingTests
{
    [Fact]
    public async Task Canonical_columns_become_the_fields_of_a_customer_record()
    {
        using var folder = new TempFolder();
        var path = folder.Write("customers.csv",
            "source_id,full_name,given_name,family_name,email,phone,street,city,postcode,country,birth_date,company,external_id,kind\n" +
            "c1,Ada Lovelace,Ada,Lovelace,ada@example.com,+44 20 7946 0000,1 Main St,London,N1 9GU,GB,1815-12-10,Analytical Ltd,L-1,organization\n");

        var customer = Assert.Single(await Csv.ReadCustomersAsync(path));

        Assert.Equal("c1", customer.SourceId);
        Assert.Equal("Ada Lovelace", customer.FullName);
        Assert.Equal("Ada", customer.GivenName);
        Assert.Equal("Lovelace", customer.FamilyName);
        Assert.Equal("ada@example.com", customer.Email);
        Assert.Equal("+44 20 7946 0000", customer.Phone);
        Assert.Equal("1 Main St", customer.Street);
        Assert.Equal("London", customer.City);
        Assert.Equal("N1 9GU", customer.Postcode);
        Assert.Equal("GB", customer.Country);
        Assert.Equal(new DateOnly(1815, 12, 10), customer.BirthDate);
        Assert.Equal("Analytical Ltd", customer.Company);
        Assert.Equal("L-1", customer.ExternalId);
        Assert.Equal(CustomerKind.Organization, customer.Kind);
        Assert.Equal("customers.csv row 2", customer.Position);
        Assert.Empty(customer.Attributes);
        Assert.Empty(customer.Warnings);
    }

    [Fact]
    public async Task Header_names_match_whatever_their_case_and_surrounding_spaces()
    {
        using var folder = new TempFolder();
        var path = folder.Write("c.csv", " Source_ID ,  EMAIL,Full_Name \n7,bo@example.com,Bo Li\n");

        var customer = Assert.Single(await Csv.ReadCustomersAsync(path));

        Assert.Equal("7", customer.SourceId);
        Assert.Equal("bo@example.com", customer.Email);
        Assert.Equal("Bo Li", customer.FullName);
    }

    [Fact]
    public async Task Map_renames_csv_columns_to_canonical_fields()
    {
        using var folder = new TempFolder();
        var path = folder.Write("crm.csv", "Kundennummer,Name,E-Mail\nK-1,Jürgen Weiß,jw@example.de\n");

        var customer = Assert.Single(await Csv.ReadCustomersAsync(path, ("map", "Kundennummer=source_id, name=full_name,E-Mail=email")));

        Assert.Equal("K-1", customer.SourceId);
        Assert.Equal("Jürgen Weiß", customer.FullName);
        Assert.Equal("jw@example.de", customer.Email);
        Assert.Empty(customer.Attributes);
    }

    [Fact]
    public async Task Columns_that_are_no_canonical_field_are_kept_as_attributes_without_empty_values()
    {
        using var folder = new TempFolder();
        var path = folder.Write("c.csv", "source_id,Loyalty Tier,Store,email\n1,gold,,a@example.com\n2,,Shanghai,\n");

        var customers = await Csv.ReadCustomersAsync(path);

        Assert.Equal(new Dictionary<string, string> { ["Loyalty Tier"] = "gold" }, customers[0].Attributes);
        Assert.Equal(new Dictionary<string, string> { ["Store"] = "Shanghai" }, customers[1].Attributes);
        Assert.Null(customers[1].Email);
    }

    [Fact]
    public async Task Empty_values_become_null_and_a_row_without_an_id_is_passed_on_for_the_host_to_quarantine()
    {
        using var folder = new TempFolder();
        var path = folder.Write("c.csv", "source_id,full_name,email\n,Nameless,\"  \"\n");

        var customer = Assert.Single(await Csv.ReadCustomersAsync(path));

        Assert.Equal("", customer.SourceId);
        Assert.Null(customer.Email);
        Assert.Equal(",Nameless,\"  \"", customer.RawPayload);
    }

    [Fact]
    public async Task A_map_naming_a_column_the_file_lacks_fails_naming_the_entry_and_the_columns_it_has()
    {
        using var folder = new TempFolder();
        var path = folder.Write("c.csv", "id,name\n1,A\n");

        var error = await Assert.ThrowsAsync<InvalidSettingException>(() => Csv.ReadCustomersAsync(path, ("map", "id=source_id,Mail=email")));

        Assert.Equal("map", error.Setting);
        Assert.Contains("'Mail=email'", error.Message);
        Assert.Contains("no column 'Mail'", error.Message);
        Assert.Contains("id, name", error.Message);
    }

    [Fact]
    public async Task A_map_naming_a_field_that_is_not_canonical_fails_listing_the_valid_fields()
    {
        using var folder = new TempFolder();
        var path = folder.Write("c.csv", "id,mail\n1,a@example.com\n");

        var error = await Assert.ThrowsAsync<InvalidSettingException>(() => Csv.ReadCustomersAsync(path, ("map", "id=source_id,mail=e_mail")));

        Assert.Contains("'mail=e_mail'", error.Message);
        Assert.Contains("'e_mail' is not a canonical field", error.Message);
        Assert.Contains("source_id, full_name, given_name", error.Message);
        Assert.Contains("currency", error.Message);
    }

    [Fact]
    public async Task A_customer_file_without_an_id_column_fails_suggesting_a_map()
    {
        using var folder = new TempFolder();
        var path = folder.Write("c.csv", "id,name\n1,A\n");

        var error = await Assert.ThrowsAsync<InvalidSettingException>(() => Csv.ReadCustomersAsync(path));

        Assert.Contains("c.csv has no source_id column", error.Message);
        Assert.Contains("--map column=source_id", error.Message);
    }

    [Fact]
    public async Task Auto_stream_reads_a_file_with_order_id_as_orders_and_any_other_as_customers()
    {
        using var folder = new TempFolder();
        folder.Write("a-customers.csv", "source_id,full_name\n1,Ann\n");
        folder.Write("b-orders.csv", "order_id,customer_source_id,ordered_at,amount,currency\nO-1,1,2024-03-05,99.50,cny\n");

        var records = await Csv.ReadRecordsAsync(Csv.Context(folder.Path));

        Assert.Equal("1", Assert.IsType<CustomerRecord>(records[0]).SourceId);
        var order = Assert.IsType<OrderRecord>(records[1]);
        Assert.Equal("O-1", order.OrderId);
        Assert.Equal("1", order.CustomerSourceId);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 0, 0, 0, TimeSpan.Zero), order.OrderedAt);
        Assert.Equal(99.50m, order.Amount);
        Assert.Equal("CNY", order.Currency);
        Assert.Equal("b-orders.csv row 2", order.Position);
    }

    [Fact]
    public async Task Auto_stream_looks_at_the_header_after_the_map_renamed_it()
    {
        using var folder = new TempFolder();
        var path = folder.Write("sales.csv", "Bestellnr,Kunde,Datum,Betrag,Waehrung\nB-7,K-1,2024-03-05,12.00,EUR\n");

        var records = await Csv.ReadRecordsAsync(Csv.Context(path,
            ("map", "Bestellnr=order_id,Kunde=customer_source_id,Datum=ordered_at,Betrag=amount,Waehrung=currency")));

        Assert.Equal("B-7", Assert.IsType<OrderRecord>(Assert.Single(records)).OrderId);
    }

    [Fact]
    public async Task An_explicit_stream_reads_canonical_columns_of_the_other_stream_as_attributes()
    {
        using var folder = new TempFolder();
        var path = folder.Write("c.csv", "source_id,order_id,amount\n1,O-9,5\n");

        var customer = Assert.Single(await Csv.ReadCustomersAsync(path, ("stream", "customers")));

        Assert.Equal("1", customer.SourceId);
        Assert.Equal(new Dictionary<string, string> { ["order_id"] = "O-9", ["amount"] = "5" }, customer.Attributes);
    }
}
