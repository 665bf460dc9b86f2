using System.Text;
using Hub.Contracts;

namespace Hub.Plugins.Files.Tests;

public sealed class CheckTests
{
    private static Task<CheckResult> CheckAsync(string path, params (string, string)[] settings) =>
        new CsvConnector().CheckAsync(Csv.Context(path, settings), TestContext.Current.CancellationToken);

    [Fact]
    public async Task Check_counts_the_files_and_rows_it_would_read()
    {
        using var folder = new TempFolder();
        var rows = new StringBuilder("source_id\n");
        for (var i = 0; i < 1230; i++) rows.Append(i).Append('\n');
        folder.Write("a.csv", rows.ToString());
        folder.Write("b.csv", "source_id\n1\n2\n");
        folder.Write("c.csv", "order_id,customer_source_id,ordered_at,amount,currency\nO-1,1,2024-01-01,1,USD\nO-2,1,2024-01-01,1,USD\n");

        var result = await CheckAsync(folder.Path);

        Assert.True(result.Ok);
        Assert.Equal("3 csv files, 1,234 rows (customers and orders)", result.Message);
    }

    [Fact]
    public async Task Check_of_a_missing_path_says_how_to_give_one()
    {
        using var folder = new TempFolder();
        var missing = Path.Combine(folder.Path, "nope.csv");

        var result = await CheckAsync(missing);

        Assert.False(result.Ok);
        Assert.Equal($"file not found: {missing} — give a file or folder with --set path=...", result.Message);
    }

    [Fact]
    public async Task Check_fails_when_the_map_names_a_column_the_file_does_not_have()
    {
        using var folder = new TempFolder();
        var path = folder.Write("c.csv", "id,name\n1,A\n");

        var result = await CheckAsync(path, ("map", "cid=source_id"));

        Assert.False(result.Ok);
        Assert.Contains("no column 'cid'", result.Message);
    }

    [Fact]
    public async Task Check_rejects_a_stream_setting_it_does_not_know()
    {
        using var folder = new TempFolder();
        var path = folder.Write("c.csv", "source_id\n1\n");

        var result = await CheckAsync(path, ("stream", "events"));

        Assert.False(result.Ok);
        Assert.Equal("setting 'stream' must be customers, orders or auto, not 'events'", result.Message);
    }
}
