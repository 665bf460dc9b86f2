using System.Text;

namespace Hub.Plugins.Files.Tests;

public sealed class EncodingTests
{
    [Fact]
    public async Task A_byte_order_mark_does_not_hide_the_first_column()
    {
        using var folder = new TempFolder();
        var path = folder.Write("bom.csv", "source_id,full_name\n1,Ann\n", bom: true);

        var customer = Assert.Single(await Csv.ReadCustomersAsync(path));

        Assert.Equal("1", customer.SourceId);
        Assert.Equal("Ann", customer.FullName);
    }

    [Fact]
    public async Task Chinese_names_and_headers_are_read_as_written()
    {
        using var folder = new TempFolder();
        var path = folder.Write("客户.csv", "客户编号,姓名,城市\nC001,张伟,北京\n", bom: true);

        var customer = Assert.Single(await Csv.ReadCustomersAsync(path, ("map", "客户编号=source_id,姓名=full_name,城市=city")));

        Assert.Equal("张伟", customer.FullName);
        Assert.Equal("北京", customer.City);
        Assert.Equal("客户.csv row 2", customer.Position);
    }

    [Fact]
    public async Task Quoted_fields_keep_their_commas_quotes_and_line_breaks_and_count_as_one_row()
    {
        using var folder = new TempFolder();
        var path = folder.Write("q.csv",
            "source_id,full_name,street\n" +
            "1,\"Smith, John \"\"Jack\"\"\",\"Flat 2\nHigh Street 5\"\n" +
            "2,Mary,Elm Road\n");

        var customers = await Csv.ReadCustomersAsync(path);

        Assert.Equal("Smith, John \"Jack\"", customers[0].FullName);
        Assert.Equal("Flat 2\nHigh Street 5", customers[0].Street);
        Assert.Equal("1,\"Smith, John \"\"Jack\"\"\",\"Flat 2\nHigh Street 5\"", customers[0].RawPayload);
        Assert.Equal("q.csv row 3", customers[1].Position);
    }

    [Fact]
    public async Task Windows_line_endings_and_a_missing_final_line_break_read_every_row()
    {
        using var folder = new TempFolder();
        var path = folder.Write("crlf.csv", "source_id,full_name\r\n1,Ann\r\n2,Bob");

        var customers = await Csv.ReadCustomersAsync(path);

        Assert.Equal(["Ann", "Bob"], customers.Select(c => c.FullName));
    }

    [Fact]
    public async Task Invalid_utf8_is_decoded_as_replacement_characters_and_left_for_the_host_to_quarantine()
    {
        using var folder = new TempFolder();
        byte[] bytes = [.. Encoding.UTF8.GetBytes("source_id,full_name\n1,Jos"), 0xE9, .. Encoding.UTF8.GetBytes("\n2,Ann\n")];
        var path = folder.WriteBytes("latin1.csv", bytes);

        var customers = await Csv.ReadCustomersAsync(path);

        Assert.Equal("Jos\uFFFD", customers[0].FullName);
        Assert.Equal("1,Jos\uFFFD", customers[0].RawPayload);
        Assert.Equal("Ann", customers[1].FullName);
    }

    [Fact]
    public async Task Blank_lines_are_skipped_but_still_counted_like_spreadsheet_rows()
    {
        using var folder = new TempFolder();
        var path = folder.Write("gaps.csv", "source_id,full_name\n1,Ann\n\n,,\n2,Bob\n");

        var customers = await Csv.ReadCustomersAsync(path);

        Assert.Equal(["gaps.csv row 2", "gaps.csv row 5"], customers.Select(c => c.Position));
    }
}
