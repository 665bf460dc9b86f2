using System.Text;
using Hub.Contracts;

namespace Hub.Plugins.Files.Tests;

public sealed class CheckpointTests
{
    private static string Customers(int from, int count)
    {
        var text = new StringBuilder("source_id,full_name\n");
        for (var i = from; i < from + count; i++) text.Append($"{i},Customer {i}\n");
        return text.ToString();
    }

    private static IEnumerable<string> Ids(IEnumerable<RecordBatch> batches) => batches.SelectMany(b => b.Records).Select(r => r.RecordId);

    private static IEnumerable<string> Range(int from, int count) => Enumerable.Range(from, count).Select(i => i.ToString());

    [Fact]
    public async Task A_batch_is_yielded_every_batch_size_rows_and_at_the_end_of_the_file()
    {
        using var folder = new TempFolder();
        var path = folder.Write("c.csv", Customers(1, 7));

        var batches = await Csv.ReadBatchesAsync(Csv.Context(path, ("batchSize", "3")));

        Assert.Equal([3, 3, 1], batches.Select(b => b.Records.Count));
    }

    [Fact]
    public async Task Resuming_from_the_first_batch_checkpoint_yields_exactly_the_remaining_rows()
    {
        using var folder = new TempFolder();
        var path = folder.Write("c.csv", Customers(1, 10));
        var context = Csv.Context(path, ("batchSize", "4"));

        var first = (await Csv.ReadBatchesAsync(context))[0];
        var rest = await Csv.ReadBatchesAsync(context, first.Checkpoint);

        Assert.Equal(Range(1, 4), Ids([first]));
        Assert.Equal(Range(5, 6), Ids(rest));
    }

    [Fact]
    public async Task Resuming_from_any_checkpoint_neither_repeats_nor_misses_a_row_across_files()
    {
        using var folder = new TempFolder();
        folder.Write("a.csv", Customers(1, 5));
        folder.Write("b.csv", Customers(6, 4));
        var context = Csv.Context(folder.Path, ("batchSize", "2"));

        var all = await Csv.ReadBatchesAsync(context);
        foreach (var (batch, index) in all.Select((b, i) => (b, i)))
        {
            var resumed = await Csv.ReadBatchesAsync(context, batch.Checkpoint);
            Assert.Equal(Ids(all.Skip(index + 1)), Ids(resumed));
        }

        Assert.Equal(Range(1, 9), Ids(all));
    }

    [Fact]
    public async Task Rejected_rows_count_toward_a_batch_and_are_not_read_again_after_it()
    {
        using var folder = new TempFolder();
        var path = folder.Write("o.csv", "order_id,customer_source_id,ordered_at,amount,currency\n" +
            "O-1,1,2024-01-01,x,USD\nO-2,1,2024-01-01,2,USD\nO-3,1,2024-01-01,3,USD\n");
        var context = Csv.Context(path, ("batchSize", "1"));

        var first = (await Csv.ReadBatchesAsync(context))[0];
        var rest = await Csv.ReadBatchesAsync(context, first.Checkpoint);

        Assert.Single(first.Rejected);
        Assert.Empty(rest.SelectMany(b => b.Rejected));
        Assert.Equal(["O-2", "O-3"], Ids(rest));
    }

    [Fact]
    public async Task Folder_mode_reads_each_file_once_in_name_order_and_picks_up_a_new_file_on_the_next_sync()
    {
        using var folder = new TempFolder();
        folder.Write("2024-02.csv", Customers(3, 2));
        folder.Write("2024-01.csv", Customers(1, 2));
        folder.Write("notes.txt", "not a csv");
        var context = Csv.Context(folder.Path);

        var first = await Csv.ReadBatchesAsync(context);
        var nothingNew = await Csv.ReadBatchesAsync(context, first[^1].Checkpoint);
        folder.Write("2024-03.CSV", Customers(5, 2));
        var withNewFile = await Csv.ReadBatchesAsync(context, first[^1].Checkpoint);

        Assert.Equal(Range(1, 4), Ids(first));
        Assert.Empty(nothingNew);
        Assert.Equal(Range(5, 2), Ids(withNewFile));
    }

    [Fact]
    public async Task A_file_replaced_after_it_was_read_is_read_again()
    {
        using var folder = new TempFolder();
        var path = folder.Write("c.csv", Customers(1, 2));
        var context = Csv.Context(folder.Path);
        var first = await Csv.ReadBatchesAsync(context);

        folder.Write("c.csv", Customers(1, 3));
        var again = await Csv.ReadBatchesAsync(context, first[^1].Checkpoint);

        Assert.Equal(Range(1, 3), Ids(again));
        Assert.True(File.Exists(path));
    }

    [Fact]
    public async Task The_pattern_setting_chooses_which_files_of_a_folder_are_read()
    {
        using var folder = new TempFolder();
        folder.Write("customers-1.csv", Customers(1, 1));
        folder.Write("orders-1.csv", "order_id,customer_source_id,ordered_at,amount,currency\nO-1,1,2024-01-01,1,USD\n");

        var records = await Csv.ReadRecordsAsync(Csv.Context(folder.Path, ("pattern", "customers-*.csv")));

        Assert.IsType<CustomerRecord>(Assert.Single(records));
    }

    [Fact]
    public async Task A_checkpoint_from_somewhere_else_fails_with_advice_to_run_a_full_sync()
    {
        using var folder = new TempFolder();
        var path = folder.Write("c.csv", Customers(1, 1));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Csv.ReadBatchesAsync(Csv.Context(path), new Checkpoint("cursor-17")));

        Assert.Contains("--full", error.Message);
    }
}
