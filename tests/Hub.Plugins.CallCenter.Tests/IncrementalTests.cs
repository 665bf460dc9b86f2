using Hub.Contracts;

namespace Hub.Plugins.CallCenter.Tests;

public sealed class IncrementalTests
{
    [Fact]
    public async Task Lines_appended_after_a_sync_are_exactly_what_the_next_sync_reads()
    {
        using var folder = new TempFolder();
        var path = folder.Write("Master.csv", Cdr.Lines(1, 3));
        var context = Cdr.Context(path);

        var first = await Cdr.SyncAsync(context);
        folder.Append("Master.csv", Cdr.Lines(4, 2));
        var second = await Cdr.SyncAsync(context, first[^1].Checkpoint);
        var third = await Cdr.SyncAsync(context, second[^1].Checkpoint);

        Assert.Equal(Cdr.UniqueIds(1, 3), first.Ids());
        Assert.Equal(Cdr.UniqueIds(4, 2), second.Ids());
        Assert.Equal(["Master.csv line 4", "Master.csv line 5"], second.Interactions().Select(c => c.Position));
        Assert.Empty(third.Ids());
    }

    [Fact]
    public async Task A_line_still_being_written_is_read_only_once_it_is_complete()
    {
        using var folder = new TempFolder();
        var line = Cdr.Line("1709630000.2");
        var path = folder.Write("Master.csv", Cdr.Line("1709630000.1") + line[..40]);
        var context = Cdr.Context(path);

        var first = await Cdr.SyncAsync(context);
        folder.Append("Master.csv", line[40..]);
        var second = await Cdr.SyncAsync(context, first[^1].Checkpoint);

        Assert.Equal(["1709630000.1"], first.Ids());
        Assert.Empty(first.SelectMany(b => b.Rejected));
        Assert.Equal(["1709630000.2"], second.Ids());
        Assert.Equal("Master.csv line 2", Assert.Single(second.Interactions()).Position);
    }

    [Fact]
    public async Task A_file_truncated_and_written_again_is_read_from_its_start()
    {
        using var folder = new TempFolder();
        var path = folder.Write("Master.csv", Cdr.Lines(1, 4));
        var context = Cdr.Context(path);
        var first = await Cdr.SyncAsync(context);

        folder.Write("Master.csv", Cdr.Lines(10, 2));
        var second = await Cdr.SyncAsync(context, first[^1].Checkpoint);

        Assert.Equal(Cdr.UniqueIds(10, 2), second.Ids());
        Assert.Equal("Master.csv line 1", second.Interactions()[0].Position);
    }

    [Fact]
    public async Task A_file_rotated_away_keeps_its_place_so_lines_written_before_the_rotation_are_read_once()
    {
        using var folder = new TempFolder();
        var path = folder.Write("Master.csv", Cdr.Lines(1, 3));
        var context = Cdr.Context(path);
        var first = await Cdr.SyncAsync(context);

        // Two more calls, then logrotate renames the file and Asterisk starts a new one.
        folder.Append("Master.csv", Cdr.Lines(4, 2));
        File.Move(path, folder.PathOf("Master.csv.1"));
        folder.Write("Master.csv", Cdr.Lines(6, 1));
        var second = await Cdr.SyncAsync(context, first[^1].Checkpoint);

        Assert.Equal(Cdr.UniqueIds(6, 1).Concat(Cdr.UniqueIds(4, 2)), second.Ids());
        Assert.Equal("Master.csv.1 line 4", second.Interactions()[1].Position);
    }

    [Fact]
    public async Task Resuming_from_any_batch_checkpoint_neither_repeats_nor_misses_a_line_across_files()
    {
        using var folder = new TempFolder();
        folder.Write("Master.csv", Cdr.Lines(1, 5));
        folder.Write("Master.csv.1", Cdr.Lines(6, 4));
        var context = Cdr.Context(folder.Path, ("batchSize", "2"));

        var all = await Cdr.SyncAsync(context);
        for (var i = 0; i < all.Count; i++)
        {
            var resumed = await Cdr.SyncAsync(context, all[i].Checkpoint);
            Assert.Equal(all.Skip(i + 1).Ids(), resumed.Ids());
        }

        Assert.Equal(Cdr.UniqueIds(1, 9), all.Ids());
        Assert.All(all.SkipLast(1), b => Assert.Equal(2, b.Records.OfType<InteractionRecord>().Count()));
    }

    [Fact]
    public async Task A_folder_is_read_in_name_order_with_rotated_copies_but_not_compressed_ones_or_other_files()
    {
        using var folder = new TempFolder();
        folder.Write("Master.csv", Cdr.Lines(3, 1));
        folder.Write("Master.csv-20240304", Cdr.Lines(2, 1));
        folder.Write("Master.csv-20240303.gz", "not text");
        folder.Write("notes.txt", "not a cdr");
        folder.Write("1001.csv", Cdr.Lines(1, 1));

        var batches = await Cdr.SyncAsync(Cdr.Context(folder.Path));

        Assert.Equal(["1709630000.1", "1709630000.3", "1709630000.2"], batches.Ids());
        Assert.Empty(batches.SelectMany(b => b.Rejected));
    }

    [Fact]
    public async Task A_checkpoint_written_by_another_connector_fails_with_advice_to_run_a_full_sync()
    {
        using var folder = new TempFolder();
        var path = folder.Write("Master.csv", Cdr.Lines(1, 1));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Cdr.SyncAsync(Cdr.Context(path), new Checkpoint("cursor-17")));

        Assert.Contains("--full", error.Message);
    }

    [Fact]
    public async Task A_path_that_does_not_exist_fails_naming_the_setting()
    {
        using var folder = new TempFolder();

        var error = await Assert.ThrowsAsync<InvalidSettingException>(() => Cdr.SyncAsync(Cdr.Context(folder.PathOf("Master.csv"))));

        Assert.Equal("path", error.Setting);
        Assert.Contains("--set path=", error.Message);
    }
}
