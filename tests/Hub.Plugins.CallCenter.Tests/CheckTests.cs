using Hub.Contracts;

namespace Hub.Plugins.CallCenter.Tests;

public sealed class CheckTests
{
    private static Task<CheckResult> CheckAsync(string path, params (string, string)[] settings) =>
        new CdrConnector().CheckAsync(Cdr.Context(path, settings), TestContext.Current.CancellationToken);

    [Fact]
    public async Task Check_counts_the_files_and_lines_and_says_the_first_line_is_a_cdr()
    {
        using var folder = new TempFolder();
        folder.Write("Master.csv", MasterCsv.Morning);
        folder.Write("Master.csv.1", Cdr.Lines(1, 2));

        var result = await CheckAsync(folder.Path, ("ingestToken", "t"));

        Assert.True(result.Ok);
        Assert.Equal("2 CDR files, 7 complete lines; the first line of Master.csv is an Asterisk CDR", result.Message);
    }

    [Fact]
    public async Task Check_fails_on_a_file_with_a_header_row_saying_what_is_wrong()
    {
        using var folder = new TempFolder();
        var path = folder.Write("cdr.csv", "calldate,clid,src,dst\n2024-03-05 09:15:02,John,5551234567,7000\n");

        var result = await CheckAsync(path);

        Assert.False(result.Ok);
        Assert.Contains("is not an Asterisk cdr_csv record: line has 4 fields", result.Message);
        Assert.Contains("no header row", result.Message);
    }

    [Fact]
    public async Task Check_of_a_missing_path_says_how_to_give_one()
    {
        using var folder = new TempFolder();

        var result = await CheckAsync(folder.PathOf("Master.csv"));

        Assert.False(result.Ok);
        Assert.StartsWith("file or folder not found", result.Message);
        Assert.Contains("--set path=", result.Message);
    }

    [Fact]
    public async Task Check_warns_that_pushes_are_refused_until_an_ingest_token_is_set()
    {
        using var folder = new TempFolder();
        var path = folder.Write("Master.csv", Cdr.Lines(1, 1));

        var result = await CheckAsync(path);

        Assert.True(result.Ok);
        Assert.EndsWith("pushes are refused until ingestToken is set", result.Message);
    }

    [Fact]
    public async Task Check_reports_a_bad_setting_by_name()
    {
        using var folder = new TempFolder();
        var path = folder.Write("Master.csv", Cdr.Lines(1, 1));

        var result = await CheckAsync(path, ("defaultRegion", "USA"));

        Assert.False(result.Ok);
        Assert.StartsWith("setting 'defaultRegion' must be a two-letter ISO country code", result.Message);
    }
}
